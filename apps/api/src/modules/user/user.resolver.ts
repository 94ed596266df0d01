import { IsEmail, MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { assertCanManageUsers, permissionsOf, unauthenticated } from '../../auth/access.js';
import type { Context } from '../../graphql/context.js';
import { tooManyRequests } from '../../graphql/errors.js';
import { Me } from './me.type.js';
import { verifyPassword } from './password.js';
import { endSession, startSession } from './session.service.js';
import { clearFailures, recordFailure, secondsBlocked, throttleKeys } from './throttle.service.js';
import { CreateUserInput, UpdateUserInput } from './user.input.js';
import { User } from './user.entity.js';
import { createUser, updateUser } from './user.service.js';

@ArgsType()
class SignInArgs {
  @Field(() => String)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @MaxLength(200)
  password!: string;
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => Me, { description: 'The caller and what they may do' })
  async me(@Ctx() ctx: Context): Promise<Me> {
    const user = ctx.viewer.kind === 'user' ? await ctx.dataSource.getRepository(User).findOneBy({ id: ctx.viewer.userId }) : null;
    return { user, permissions: permissionsOf(ctx.viewer) };
  }

  @Query(() => [User], { description: 'Every portal user (national admins only)' })
  users(@Ctx() ctx: Context): Promise<User[]> {
    assertCanManageUsers(ctx.viewer);
    return ctx.dataSource.getRepository(User).find({ order: { email: 'ASC' } });
  }

  @Mutation(() => Me, {
    description:
      'Signs in with email and password and sets an HttpOnly session cookie (a new session every time). Repeated failures make the next attempt wait (TOO_MANY_REQUESTS with retryAfter).',
  })
  async signIn(@Args(() => SignInArgs) { email, password }: SignInArgs, @Ctx() ctx: Context): Promise<Me> {
    const normalised = email.trim().toLowerCase();
    const keys = throttleKeys(normalised, ctx.ip);
    const wait = await secondsBlocked(ctx.dataSource, keys);
    if (wait > 0) throw tooManyRequests(`Too many failed sign-ins: try again in ${wait} s`, wait);

    const user = await ctx.dataSource.getRepository(User).findOneBy({ email: normalised });
    const ok = await verifyPassword(user?.active ? user.passwordHash : null, password);
    if (!user || !ok) {
      await recordFailure(ctx.dataSource, keys);
      throw unauthenticated('Email or password is not right');
    }
    // Rotate: a session the caller already had is ended, and a fresh one begins.
    if (ctx.viewer.kind === 'user') await endSession(ctx.dataSource, ctx.viewer.sessionTokenHash);
    const { token, expiresAt } = await ctx.dataSource.transaction(async (m) => {
      const session = await startSession(m, user.id);
      await m.update(User, { id: user.id }, { lastSignInAt: new Date(), version: () => 'version' });
      return session;
    });
    await clearFailures(ctx.dataSource, `email:${normalised}`);
    ctx.sessionCookie.set(token, expiresAt);
    const viewer = { kind: 'user' as const, userId: user.id, email: user.email, role: user.role, forceId: user.forceId, regionId: user.regionId, sessionTokenHash: '' };
    return { user, permissions: permissionsOf(viewer) };
  }

  @Mutation(() => Boolean, { description: 'Ends the session and clears its cookie' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.viewer.kind === 'user') await endSession(ctx.dataSource, ctx.viewer.sessionTokenHash);
    ctx.sessionCookie.clear();
    return true;
  }

  @Mutation(() => User, { description: 'Adds a portal user (national admins only)' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context): Promise<User> {
    const actor = assertCanManageUsers(ctx.viewer);
    return createUser(ctx.dataSource, actor, ctx.requestId, input);
  }

  @Mutation(() => User, { description: 'Changes a portal user (national admins only); `version` must be the one last read' })
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ): Promise<User> {
    const actor = assertCanManageUsers(ctx.viewer);
    return updateUser(ctx.dataSource, actor, ctx.requestId, id, version, input);
  }
}

