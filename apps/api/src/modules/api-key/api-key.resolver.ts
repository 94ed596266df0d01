import { IsOptional, Length, MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import { assertCanManageApiKeys } from '../../auth/access.js';
import type { Context } from '../../graphql/context.js';
import { ApiKey, CreatedApiKey } from './api-key.entity.js';
import { createApiKey, listApiKeys, revokeApiKey } from './api-key.service.js';

@ArgsType()
class CreateApiKeyArgs {
  @Field(() => String, { description: 'Who the key is for (1 to 120 characters)' })
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  partnerName!: string;

  @Field(() => String, { nullable: true, description: 'What it is for, who to contact (at most 500 characters)' })
  @IsOptional()
  @MaxLength(500, { message: 'must be at most 500 characters' })
  note?: string | null;
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => [ApiKey], { description: 'Partner API keys, newest first, revoked ones included (national admins only)' })
  apiKeys(@Ctx() ctx: Context): Promise<ApiKey[]> {
    assertCanManageApiKeys(ctx.viewer);
    return listApiKeys(ctx.dataSource);
  }

  @Mutation(() => CreatedApiKey, {
    description:
      'Issues a read-only API key to a partner (national admins only). The key is in this answer only: it is stored as a hash and cannot be shown again',
  })
  createApiKey(@Args(() => CreateApiKeyArgs) { partnerName, note }: CreateApiKeyArgs, @Ctx() ctx: Context): Promise<CreatedApiKey> {
    const actor = assertCanManageApiKeys(ctx.viewer);
    return createApiKey(ctx.dataSource, actor, ctx.requestId, partnerName, note ?? null);
  }

  @Mutation(() => ApiKey, { description: 'Revokes an API key at once; requests with it are then refused (national admins only)' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ApiKey> {
    const actor = assertCanManageApiKeys(ctx.viewer);
    return revokeApiKey(ctx.dataSource, actor, ctx.requestId, id);
  }
}
