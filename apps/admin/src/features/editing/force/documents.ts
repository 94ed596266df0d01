import { graphql } from '../../../gql';

export const ForceEditable = graphql(`
  fragment ForceEditable on Force {
    id
    name
    version
    description
    website
    socialHandles {
      platform
      handle
    }
    equalityObjectives
    positiveActionFocus
    memberships {
      id
      organisation
    }
  }
`);

export const ForceEditQuery = graphql(`
  query ForceEdit($id: ID!) {
    force(id: $id) {
      ...ForceEditable
    }
  }
`);

export const UpdateForceProfileMutation = graphql(`
  mutation UpdateForceProfile($forceId: ID, $version: Int!, $input: ForceProfileInput!) {
    updateForceProfile(forceId: $forceId, version: $version, input: $input) {
      ...ForceEditable
    }
  }
`);

export const ForceConflictQuery = graphql(`
  query ForceConflict($id: ID!) {
    force(id: $id) {
      ...ForceEditable
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
