import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql-overrides.css';
import { buildSchema } from 'graphql';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import sdl from '../../../../../packages/schema/schema.graphql?raw';
import { EXAMPLES, type ExplorerExample } from './examples';
import { createExplorerFetcher } from './fetcher';

// The committed contract, bundled: the explorer knows the schema without
// asking the server (which may refuse introspection in production) and
// without anything from another origin.
const schema = buildSchema(sdl);
const defaultTabs = EXAMPLES.map((e) => ({ query: e.query, variables: e.variables }));

export interface ExplorerApi {
  /** Opens an example in a new tab of the editor */
  open(example: ExplorerExample): void;
}

interface Props {
  /** The key to send, read at each request */
  apiKey: () => string;
  onReady: (api: ExplorerApi | null) => void;
}

/** GraphiQL, bundled: Monaco and its workers come from this origin like the rest of the portal. */
export default function Explorer({ apiKey, onReady }: Props) {
  const fetcher = useMemo(() => createExplorerFetcher({ apiKey }), [apiKey]);
  const ide = useRef<HTMLDivElement>(null);
  useOperationTabsAsButtons(ide);
  return (
    <div className="explorer__ide" ref={ide}>
      <GraphiQL fetcher={fetcher} schema={schema} defaultTabs={defaultTabs} forcedTheme="light" defaultEditorToolsVisibility shouldPersistHeaders={false}>
        <GraphiQL.Logo>Network Atlas</GraphiQL.Logo>
        <EditorBridge onReady={onReady} />
      </GraphiQL>
    </div>
  );
}

/** Hands the page a way to load examples once GraphiQL's editors exist. */
function EditorBridge({ onReady }: Pick<Props, 'onReady'>) {
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const variableEditor = useGraphiQL((s) => s.variableEditor);
  const tabs = useGraphiQL((s) => s.tabs);
  const { addTab, changeTab } = useGraphiQLActions();
  useEffect(() => {
    if (!queryEditor || !variableEditor) return;
    onReady({
      open(example) {
        // An untouched tab of the same example is reused rather than opened twice.
        const same = tabs.findIndex((tab) => tab.query === example.query && (tab.variables ?? '') === (example.variables ?? ''));
        if (same >= 0) changeTab(same);
        else {
          addTab();
          queryEditor.setValue(example.query);
          variableEditor.setValue(example.variables ?? '');
        }
        queryEditor.focus();
      },
    });
    return () => onReady(null);
  }, [queryEditor, variableEditor, tabs, addTab, changeTab, onReady]);
  return null;
}

/**
 * GraphiQL marks each operation tab role="tab" and puts two buttons (open, close)
 * inside it: interactive controls nested in a tab, which screen readers announce
 * poorly (axe: nested-interactive). Here the tabs become a plain list of buttons,
 * the open one marked aria-current, each close button naming its tab.
 */
function useOperationTabsAsButtons(root: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const container = root.current;
    if (!container) return;
    const fix = () => {
      for (const list of container.querySelectorAll('.graphiql-tabs[role="tablist"]')) {
        list.removeAttribute('role');
        list.setAttribute('aria-label', 'Open operations');
      }
      for (const tab of container.querySelectorAll<HTMLElement>('.graphiql-tab')) {
        if (tab.hasAttribute('role')) tab.removeAttribute('role');
        if (tab.hasAttribute('aria-selected')) tab.removeAttribute('aria-selected');
        const open = tab.querySelector('.graphiql-tab-button');
        const close = tab.querySelector('.graphiql-tab-close');
        const active = tab.classList.contains('graphiql-tab-active');
        if (open && active !== (open.getAttribute('aria-current') === 'true')) {
          if (active) open.setAttribute('aria-current', 'true');
          else open.removeAttribute('aria-current');
        }
        const label = `Close ${open?.textContent ?? 'tab'}`;
        if (close && close.getAttribute('aria-label') !== label) close.setAttribute('aria-label', label);
      }
    };
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(container, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['role', 'aria-selected', 'class'] });
    return () => observer.disconnect();
  }, [root]);
}
