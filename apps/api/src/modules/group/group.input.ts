import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { GroupKind, GroupStatus, ProtectedCharacteristic } from '../common/enums.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@InputType({ description: 'Every list given narrows the result; values within one list are alternatives' })
export class GroupFilter {
  @Field(() => [ID], { nullable: true, description: 'Groups of any of these forces' })
  @ArrayMaxSize(100)
  forceIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Groups of forces in any of these regions' })
  @ArrayMaxSize(20)
  regionIds?: string[];

  @Field(() => [GroupKind], { nullable: true })
  kinds?: GroupKind[];

  @Field(() => [ProtectedCharacteristic], { nullable: true, description: 'Groups serving any of these characteristics' })
  characteristics?: ProtectedCharacteristic[];

  @Field(() => [GroupStatus], {
    nullable: true,
    description:
      'Default PUBLISHED and DRAFT. Drafts and archived groups are returned only where the caller may read them; partners see PUBLISHED only',
  })
  statuses?: GroupStatus[];

  @Field(() => String, {
    nullable: true,
    description: 'Words to find in the name, former and other names, description, aims or topics (case-insensitive)',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}

export enum GroupOrder {
  NAME = 'NAME',
  FORCE = 'FORCE',
  KIND = 'KIND',
  ESTABLISHED = 'ESTABLISHED',
}
registerEnumType(GroupOrder, { name: 'GroupOrder', description: 'What to sort groups by; ties break by name' });

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@ArgsType()
export class GroupsArgs {
  @Field(() => GroupFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: GroupFilter;

  @Field(() => Int, { nullable: true, description: `Page size: ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE}` })
  @IsOptional()
  @Min(0, { message: 'must be 0 or more' })
  @Max(MAX_PAGE_SIZE, { message: `must be at most ${MAX_PAGE_SIZE}` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/=]{1,64}$/, { message: 'is not a cursor this API gave out' })
  after?: string;

  @Field(() => GroupOrder, { nullable: true, defaultValue: GroupOrder.NAME })
  orderBy?: GroupOrder;

  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC })
  direction?: OrderDirection;
}
