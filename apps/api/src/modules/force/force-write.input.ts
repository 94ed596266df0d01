import { ArrayMaxSize, ArrayUnique, IsOptional, IsUrl, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { PositiveActionArea } from '../common/enums.js';
import { SocialHandleInput } from '../group/group-write.input.js';

@InputType({ description: "A force's profile; only the fields given change (lists are replaced whole)" })
export class ForceProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'must be at most 5000 characters' })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be a web address starting with http:// or https://' })
  website?: string | null;

  @Field(() => [SocialHandleInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  socialHandles?: SocialHandleInput[];

  @Field(() => [String], { nullable: true, description: 'In order' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'at most 20 objectives' })
  @Length(1, 1000, { each: true, message: 'must be 1 to 1000 characters' })
  equalityObjectives?: string[];

  @Field(() => [PositiveActionArea], { nullable: true })
  @IsOptional()
  @ArrayUnique({ message: 'must not repeat an area' })
  positiveActionFocus?: PositiveActionArea[];

  @Field(() => [String], { nullable: true, description: 'Organisations the force is a corporate member of' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'must not repeat an organisation' })
  @Length(1, 200, { each: true, message: 'must be 1 to 200 characters' })
  memberships?: string[];
}
