/**
 * Ready-made operations for the API explorer (/explorer), one per thing
 * partners most often ask the API. The explorer offers them in a list; the
 * docs link to this file. Each is checked against packages/schema/schema.graphql
 * by examples.test.ts, so a schema change that breaks one fails the tests.
 */
export interface ExplorerExample {
  /** A stable id, used in links: /explorer?example=coverage */
  id: string;
  title: string;
  /** One sentence on what it answers */
  description: string;
  query: string;
  /** JSON, as typed into the variables editor */
  variables?: string;
}

export const EXAMPLES: readonly ExplorerExample[] = [
  {
    id: 'catalogue',
    title: 'The full catalogue',
    description: 'Every region, its forces and their published groups, with the national bodies they link to.',
    query: `# Every region, force and published group in one request.
query Catalogue {
  regions {
    id
    name
    forces {
      id
      name
      groups {
        id
        name
        kind
        characteristics
        topics
        established
        nationalBody {
          id
          name
        }
      }
    }
  }
  nationalBodies {
    id
    name
    founded
  }
}
`,
  },
  {
    id: 'coverage',
    title: 'A region’s coverage',
    description: 'Which of the nine protected characteristics each force of a region covers, and by which groups.',
    query: `# The force x protected characteristic matrix of one region.
# Try "south-west", or pass forceIds: ["leicestershire", "wiltshire"] instead.
query RegionCoverage($regionId: ID!) {
  coverage(regionId: $regionId) {
    characteristics
    rows {
      force {
        id
        name
      }
      cells {
        characteristic
        covered
        groups {
          id
          name
        }
      }
    }
  }
}
`,
    variables: `{
  "regionId": "east-midlands"
}`,
  },
  {
    id: 'groups-by-characteristic',
    title: 'Groups serving a characteristic, page by page',
    description: 'Groups across all forces that serve one protected characteristic, five at a time.',
    query: `# Groups across every force serving one protected characteristic.
# For the next page, set "after" to the pageInfo.endCursor of this one.
query GroupsServing($characteristic: ProtectedCharacteristic!, $first: Int, $after: String) {
  groups(filter: { characteristics: [$characteristic] }, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id
        name
        kind
        established
        force {
          name
        }
        nationalBody {
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
`,
    variables: `{
  "characteristic": "RELIGION_OR_BELIEF",
  "first": 5,
  "after": null
}`,
  },
  {
    id: 'group-counterparts',
    title: 'One group and its counterparts',
    description: 'A group in full, with its former names and its counterparts in other forces.',
    query: `# One group, its history and the groups like it in other forces.
query GroupWithCounterparts($id: ID!) {
  group(id: $id) {
    id
    name
    kind
    force {
      name
    }
    characteristics
    formerNames {
      name
      until
    }
    nationalBody {
      name
    }
    counterparts {
      id
      name
      force {
        name
      }
    }
    sources {
      title
      url
    }
  }
}
`,
    variables: `{
  "id": "wiltshire-ethnic-police-association"
}`,
  },
  {
    id: 'commitment-progress',
    title: 'Commitment progress',
    description: 'Forces’ progress against their commitments, side by side, with each recorded period against the target.',
    query: `# Progress against commitments; forces with no target are listed too (hasTarget: false).
query CommitmentProgress($forceIds: [ID!]) {
  commitmentProgress(forceIds: $forceIds) {
    force {
      id
      name
    }
    hasTarget
    commitments {
      title
      measure
      targetGroup
      target {
        label
        share
      }
      figures {
        periodStart
        periodEnd
        total
        part
        share
        gapToTarget
        shortfall
        meetsTarget
      }
    }
  }
}
`,
    variables: `{
  "forceIds": ["leicestershire", "wiltshire"]
}`,
  },
];

export function exampleById(id: string | null | undefined): ExplorerExample | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
