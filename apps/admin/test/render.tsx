import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createCache } from '../src/app/apollo';

interface Options {
  /** The route pattern, e.g. /compare or /forces/:forceId */
  path: string;
  /** The URL to open, e.g. /compare?forces=a&forces=b */
  url: string;
  mocks?: MockLink.MockedResponse[];
}

/** Renders a page as the app does: inside a data router and an Apollo client answering from mocks. */
export function renderPage(element: ReactElement, { path, url, mocks = [] }: Options) {
  const router = createMemoryRouter([{ path, element }], { initialEntries: [url] });
  const view = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return { ...view, router };
}
