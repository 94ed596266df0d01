import { Field, ID } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type.js';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A public page the catalogue's facts were taken from; every seeded record names its sources. */
@ObjectType({ description: 'A public page a fact was taken from, so anyone can check it' })
@Entity({ name: 'source' })
export class Source {
  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The publisher of the page' })
  @Column({ type: 'text', nullable: true })
  publisher!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  url!: string | null;
}
