import { Field, ID } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type.js';
import { Column, Entity, OneToMany, PrimaryColumn, type Relation } from 'typeorm';
import type { Force } from '../force/force.entity.js';

@ObjectType({ description: 'A policing region of England and Wales' })
@Entity({ name: 'region' })
export class Region {
  @Field(() => ID, { description: 'A slug of the name, e.g. east-midlands' })
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Field(() => String)
  @Column({ type: 'text', unique: true })
  name!: string;

  @OneToMany('Force', (force: Force) => force.region)
  forces?: Relation<Force[]>;
}
