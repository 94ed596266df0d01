import {
  ArrayMaxSize,
  ArrayUnique,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Eligibility, EstablishmentEvent, FeePeriod, GroupKind, ProtectedCharacteristic, SocialPlatform } from '../common/enums.js';

export const YEAR_MIN = 1800;
const thisYear = () => new Date().getUTCFullYear();
const text = (max: number) => Length(1, max, { each: true, message: `must be 1 to ${max} characters` });

@InputType({ description: 'An account on a social platform' })
export class SocialHandleInput {
  @Field(() => SocialPlatform)
  platform!: SocialPlatform;

  @Field(() => String, { description: 'e.g. @LeicsPoliceLGBT' })
  @Matches(/^@?[A-Za-z0-9_.-]{1,60}$/, { message: 'must be a handle such as @LeicsPoliceLGBT (letters, digits, _ . -)' })
  handle!: string;
}

@InputType()
export class FormerNameInput {
  @Field(() => String)
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'The year the name stopped being used' })
  @IsOptional()
  @IsInt()
  @Min(YEAR_MIN, { message: `must be ${YEAR_MIN} or later` })
  @Max(2200, { message: 'must not be in the future' })
  until?: number | null;
}

@InputType({ description: 'A fee in whole pence and the date it applies from; 0 pence means free' })
export class MembershipFeeInput {
  @Field(() => Int)
  @Min(0, { message: 'must be 0 or more pence' })
  @Max(1_000_000, { message: 'must be at most 1,000,000 pence (£10,000)' })
  amountPence!: number;

  @Field(() => FeePeriod, { nullable: true, description: 'Null for free membership' })
  @IsOptional()
  period?: FeePeriod | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'must be a date as YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
  appliesFrom?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  note?: string | null;
}

@InputType()
export class AffiliationInput {
  @Field(() => ID)
  nationalBodyId!: string;

  @Field(() => String, { description: 'e.g. "meets regularly with"' })
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  relation!: string;
}

/** Fields shared by creating and changing a group; on change, only the fields given change. */
@InputType({ description: 'The fields of a group; on update only the fields given change (lists are replaced whole)' })
export class GroupInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/\S/, { message: 'must not be blank' })
  @Length(2, 200, { message: 'must be 2 to 200 characters' })
  name?: string;

  @Field(() => GroupKind, { nullable: true })
  @IsOptional()
  kind?: GroupKind;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @text(200)
  alsoKnownAs?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'must be at most 5000 characters' })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'In order' })
  @IsOptional()
  @ArrayMaxSize(30, { message: 'at most 30 aims' })
  @text(500)
  aims?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(YEAR_MIN, { message: `must be ${YEAR_MIN} or later` })
  @Max(2200, { message: 'must not be in the future' })
  established?: number | null;

  @Field(() => EstablishmentEvent, { nullable: true })
  @IsOptional()
  establishedEvent?: EstablishmentEvent | null;

  @Field(() => [ProtectedCharacteristic], { nullable: true })
  @IsOptional()
  @ArrayUnique({ message: 'must not repeat a characteristic' })
  characteristics?: ProtectedCharacteristic[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @text(60)
  topics?: string[];

  @Field(() => [Eligibility], { nullable: true })
  @IsOptional()
  @ArrayUnique({ message: 'must not repeat a value' })
  eligibility?: Eligibility[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  eligibilityNote?: string | null;

  @Field(() => [String], { nullable: true, description: 'Lowest first' })
  @IsOptional()
  @ArrayMaxSize(20)
  @text(60)
  ranks?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  nationalBodyId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  meetingPattern?: string | null;

  @Field(() => [SocialHandleInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  socialHandles?: SocialHandleInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be a web address starting with http:// or https://' })
  website?: string | null;

  @Field(() => [FormerNameInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  formerNames?: FormerNameInput[];

  @Field(() => [MembershipFeeInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  fees?: MembershipFeeInput[];

  @Field(() => [AffiliationInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  affiliations?: AffiliationInput[];
}

/** Year checks that need today's date, and the rules a decorator cannot state. */
export function yearProblems(input: GroupInput): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  const now = thisYear();
  if (input.established != null && input.established > now) problems.push({ field: 'established', reason: `must be ${now} or earlier` });
  input.formerNames?.forEach((n, i) => {
    if (n.until != null && n.until > now) problems.push({ field: `formerNames.${i}.until`, reason: `must be ${now} or earlier` });
  });
  input.fees?.forEach((f, i) => {
    if (f.amountPence > 0 && !f.period) problems.push({ field: `fees.${i}.period`, reason: 'is required for a fee above 0' });
    // The calendar has no year 0: PostgreSQL stores dates from 0001-01-01.
    if (f.appliesFrom && f.appliesFrom < '0001-01-01') problems.push({ field: `fees.${i}.appliesFrom`, reason: 'must be 0001-01-01 or later' });
  });
  return problems;
}
