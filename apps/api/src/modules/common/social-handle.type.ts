import { Field } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type.js';
import { SocialPlatform } from './enums.js';

@ObjectType({ description: 'An account on a social platform, e.g. X @LeicsPoliceLGBT' })
export class SocialHandle {
  @Field(() => SocialPlatform)
  platform!: SocialPlatform;

  @Field(() => String, { description: 'The handle as published, with its @' })
  handle!: string;
}
