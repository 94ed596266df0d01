import { Field, ID, Int } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type.js';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({
  description:
    "A national (or regional) body that forces' groups belong to or work with; the link to a group's counterparts in other forces",
})
@Entity({ name: 'national_body' })
export class NationalBody {
  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Field(() => String)
  @Column({ type: 'text', unique: true })
  name!: string;

  @Field(() => String, { nullable: true, description: 'A shorter name in common use, e.g. PFEW' })
  @Column({ type: 'text', nullable: true, name: 'short_name' })
  shortName!: string | null;

  @Field(() => Int, { nullable: true, description: 'The year it was founded' })
  @Column({ type: 'int', nullable: true })
  founded!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'text', array: true, name: 'source_ids', default: () => "'{}'" })
  sourceIds!: string[];
}
