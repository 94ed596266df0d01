import { IsEmail, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../../auth/roles.js';

const PASSWORD = { min: 12, max: 200 };

@InputType()
export class CreateUserInput {
  @Field(() => String)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  displayName!: string;

  @Field(() => String, { description: `At least ${PASSWORD.min} characters` })
  @Length(PASSWORD.min, PASSWORD.max, { message: `must be ${PASSWORD.min} to ${PASSWORD.max} characters` })
  password!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for FORCE_ADMIN' })
  @IsOptional()
  forceId?: string;

  @Field(() => ID, { nullable: true, description: 'Required for REGIONAL_COORDINATOR' })
  @IsOptional()
  regionId?: string;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  displayName?: string;

  @Field(() => String, { nullable: true, description: 'A new password; signs the user out everywhere' })
  @IsOptional()
  @Length(PASSWORD.min, PASSWORD.max, { message: `must be ${PASSWORD.min} to ${PASSWORD.max} characters` })
  password?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  forceId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  regionId?: string;

  @Field(() => Boolean, { nullable: true, description: 'false deactivates the user and ends their sessions' })
  @IsOptional()
  active?: boolean;
}
