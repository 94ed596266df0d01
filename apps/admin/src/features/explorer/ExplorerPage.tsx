import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { useMe } from '../auth/useMe';
import { EXAMPLES, exampleById } from './examples';
import type { ExplorerApi } from './Explorer';
import './explorer.css';

// GraphiQL and Monaco are large: they download only when this page opens.
const Explorer = lazy(() => import('./Explorer'));

/**
 * The API explorer: GraphiQL bundled into the portal, so it works with no
 * connection beyond this server. Ready-made examples open from a list; an
 * API key pasted here is sent with each request and kept only in this page.
 */
export function ExplorerPage() {
  const id = useId();
  const [params] = useSearchParams();
  const [apiKey, setApiKey] = useState('');
  const key = useRef('');
  key.current = apiKey;
  const readKey = useCallback(() => key.current, []);
  const [api, setApi] = useState<ExplorerApi | null>(null);
  // /explorer?example=coverage opens an example; /explorer?query=…&variables=… (where the API
  // sends a browser that opens /graphql?query=…) opens that query.
  const linkedQuery = params.get('query');
  const linked = linkedQuery
    ? { id: 'linked', title: 'Linked query', description: '', query: linkedQuery, variables: params.get('variables') ?? undefined }
    : exampleById(params.get('example'));
  const [chosen, setChosen] = useState(exampleById(params.get('example'))?.id ?? EXAMPLES[0].id);
  const [opened, setOpened] = useState('');
  const { me } = useMe();
  const example = exampleById(chosen) ?? EXAMPLES[0];

  // A link to /explorer?example=… opens that example once the editor is ready.
  const openedLinked = useRef(false);
  useEffect(() => {
    if (!api || !linked || openedLinked.current) return;
    openedLinked.current = true;
    api.open(linked);
  }, [api, linked]);

  function openExample() {
    if (!api) return;
    api.open(example);
    setOpened(`Opened “${example.title}”. Run it with the ▶ button or Ctrl+Enter.`);
  }

  const sendsAs = apiKey.trim()
    ? `Requests are sent with the API key ending “${apiKey.trim().slice(-4)}”, without your portal session.`
    : me?.user
      ? `Requests are sent as you (${me.user.displayName}), signed in to the portal.`
      : 'Requests are sent anonymously: you see published data only.';

  return (
    <div className="explorer">
      <PageHeader
        title="API explorer"
        lead={
          <>
            Write and run GraphQL queries against the Network Atlas API. Press <kbd>Ctrl</kbd>+<kbd>Space</kbd> for suggestions and <kbd>Ctrl</kbd>+<kbd>Enter</kbd> to run;
            the Docs button lists every type and field. In an editor <kbd>Tab</kbd> indents: press <kbd>Ctrl</kbd>+<kbd>M</kbd> to make <kbd>Tab</kbd> move
            between controls instead. Everything here is served by this site, so it works offline.
          </>
        }
      />
      <div className="explorer__controls">
        <div className="explorer__examples">
          <div className="field">
            <label htmlFor={`${id}-example`}>Example</label>
            <select id={`${id}-example`} value={chosen} onChange={(e) => setChosen(e.target.value)} aria-describedby={`${id}-example-about`}>
              {EXAMPLES.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.title}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button" onClick={openExample} disabled={!api} aria-disabled={!api}>
            Open example
          </button>
          <p id={`${id}-example-about`} className="explorer__about">
            {example.description}
          </p>
        </div>
        <div className="explorer__key">
          <div className="field">
            <label htmlFor={`${id}-key`}>API key (optional)</label>
            <input
              id={`${id}-key`}
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={apiKey}
              onChange={(e) => setApiKey(e.target.value)}
              aria-describedby={`${id}-key-hint`}
            />
          </div>
          {apiKey && (
            <button type="button" className="button button--secondary" onClick={() => setApiKey('')}>
              Clear key
            </button>
          )}
          <p id={`${id}-key-hint`} className="explorer__about">
            Sent as <code>Authorization: Bearer …</code>. It stays in this page: it is not saved and leaves when you close the tab.
          </p>
        </div>
      </div>
      <p className="explorer__sends-as">
        {sendsAs}
      </p>
      <p className="visually-hidden" role="status">
        {opened}
      </p>
      <ErrorBoundary
        fallback={
          <div className="notice notice--error" role="alert">
            <h2 className="notice__title">The explorer could not be loaded</h2>
            <p>Part of it could not be downloaded. The server may be restarting; reload the page to try again.</p>
            <p>
              <button type="button" className="button" onClick={() => window.location.reload()}>
                Reload the page
              </button>
            </p>
          </div>
        }
      >
        <Suspense fallback={<Loading label="Loading the explorer…" />}>
          <Explorer apiKey={readKey} onReady={setApi} />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
