import { graphql } from '../../../gql';

/** Everything the group form edits, with what the page needs to check and save it. */
export const GroupEditable = graphql(`
  fragment GroupEditable on Group {
    id
    version
    status
    name
    kind
    description
    aims
    alsoKnownAs
    established
    establishedEvent
    characteristics
    topics
    eligibility
    eligibilityNote
    ranks
    meetingPattern
    website
    nationalBody {
      id
      name
    }
    socialHandles {
      platform
      handle
    }
    formerNames {
      name
      until
    }
    fees {
      amountPence
      period
      appliesFrom
      note
    }
    affiliations {
      relation
      nationalBody {
        id
        name
      }
    }
    force {
      id
      name
    }
  }
`);

export const GroupEditQuery = graphql(`
  query GroupEdit($id: ID!) {
    group(id: $id) {
      ...GroupEditable
    }
    nationalBodies {
      id
      name
    }
  }
`);

export const NewGroupQuery = graphql(`
  query NewGroup($forceId: ID!) {
    force(id: $forceId) {
      id
      name
    }
    nationalBodies {
      id
      name
    }
  }
`);

export const UpdateGroupMutation = graphql(`
  mutation UpdateGroup($id: ID!, $version: Int!, $input: GroupInput!) {
    updateGroup(id: $id, version: $version, input: $input) {
      ...GroupEditable
    }
  }
`);

export const CreateGroupMutation = graphql(`
  mutation CreateGroup($input: GroupInput!, $forceId: ID) {
    createGroup(input: $input, forceId: $forceId) {
      ...GroupEditable
    }
  }
`);

/** After a CONFLICT: the group as it is now and what was done to it since. */
export const GroupConflictQuery = graphql(`
  query GroupConflict($id: ID!) {
    group(id: $id) {
      ...GroupEditable
      history {
        id
        at
        actorEmail
        action
        after
        changes {
          field
          before
          after
        }
      }
    }
  }
`);
