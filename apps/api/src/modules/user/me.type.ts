import { Field } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type.js';
import { User } from './user.entity.js';

@ObjectType({ description: 'What the signed-in user may do: the same answers the server applies' })
export class PermissionsType {
  @Field(() => Boolean)
  canEdit!: boolean;

  @Field(() => String, { nullable: true, description: 'The one force a force admin edits' })
  editableForceId!: string | null;

  @Field(() => Boolean)
  canManageUsers!: boolean;

  @Field(() => Boolean)
  canManageApiKeys!: boolean;

  @Field(() => Boolean)
  canReadHistory!: boolean;
}

@ObjectType({ description: 'The caller: who they are (null when not signed in) and what they may do' })
export class Me {
  @Field(() => User, { nullable: true })
  user!: User | null;

  @Field(() => PermissionsType)
  permissions!: PermissionsType;
}
