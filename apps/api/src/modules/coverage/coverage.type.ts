import { Field } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type.js';
import { ProtectedCharacteristic } from '../common/enums.js';
import { Force } from '../force/force.entity.js';
import { Group } from '../group/group.entity.js';

@ObjectType({ description: 'Which groups of one force serve one characteristic' })
export class CoverageCell {
  @Field(() => ProtectedCharacteristic)
  characteristic!: ProtectedCharacteristic;

  @Field(() => [Group])
  groups!: Group[];

  @Field(() => Boolean, { description: 'True when at least one group serves the characteristic' })
  covered!: boolean;
}

@ObjectType()
export class CoverageRow {
  @Field(() => Force)
  force!: Force;

  @Field(() => [CoverageCell], { description: 'One cell per characteristic, in the order of Coverage.characteristics' })
  cells!: CoverageCell[];
}

@ObjectType({ description: 'The force × protected characteristic matrix' })
export class Coverage {
  @Field(() => [ProtectedCharacteristic], { description: 'The columns of the matrix' })
  characteristics!: ProtectedCharacteristic[];

  @Field(() => [Force])
  forces!: Force[];

  @Field(() => [CoverageRow])
  rows!: CoverageRow[];
}
