import { IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@InputType({ description: "A period's figures: the whole and, of it, the part from the target group" })
export class CommitmentFigureInput {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'must be a date as YYYY-MM-DD' })
  periodStart!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, inclusive' })
  @Matches(DATE, { message: 'must be a date as YYYY-MM-DD' })
  periodEnd!: string;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be 0 or more' })
  @Max(1_000_000, { message: 'must be at most 1,000,000' })
  total!: number;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be 0 or more' })
  @Max(1_000_000, { message: 'must be at most 1,000,000' })
  part!: number;

  @Field(() => String, { nullable: true, description: 'Where the figures come from' })
  @IsOptional()
  @MaxLength(500)
  source?: string | null;
}

/** The rules across fields: part within the whole, a real date range. */
export function figureProblems(input: CommitmentFigureInput): { field: string; reason: string } | null {
  if (input.part > input.total) return { field: 'part', reason: `must not be more than total (${input.total})` };
  // A real calendar date PostgreSQL can store (there is no year 0).
  const valid = (d: string) => d >= '0001-01-01' && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
  if (!valid(input.periodStart)) return { field: 'periodStart', reason: 'is not a calendar date' };
  if (!valid(input.periodEnd)) return { field: 'periodEnd', reason: 'is not a calendar date' };
  if (input.periodEnd < input.periodStart) return { field: 'periodEnd', reason: 'must not be before periodStart' };
  return null;
}
