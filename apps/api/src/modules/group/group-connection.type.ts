import { Field, Int } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type.js';
import { PageInfo } from '../../graphql/types/page-info.type.js';
import { Group } from './group.entity.js';

@ObjectType()
export class GroupEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Group)
  node!: Group;
}

@ObjectType({ description: 'A page of groups (Relay connection)' })
export class GroupConnection {
  @Field(() => [GroupEdge])
  edges!: GroupEdge[];

  @Field(() => [Group], { description: 'The groups of this page, without cursors' })
  nodes!: Group[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many groups match the filter, across all pages' })
  totalCount!: number;
}
