import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      user {
        id
      }
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/**
 * Signing in or out changes what every query may return (drafts, history), so
 * the whole cache is thrown away and the queries on screen ask again: nothing
 * one session read is ever shown to the next.
 */
export function useSignIn() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(SignInMutation);
  async function signIn(email: string, password: string) {
    await mutate({ variables: { email, password } });
    await client.resetStore();
  }
  return [signIn, state] as const;
}

export function useSignOut() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(SignOutMutation);
  async function signOut() {
    try {
      await mutate();
    } finally {
      // Even if the answer was lost, what this session read must not stay on screen.
      await client.resetStore().catch(() => {});
    }
  }
  return [signOut, state] as const;
}
