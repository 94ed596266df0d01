import { Form, Link, useLocation } from 'react-router';
import { useTidyGetSubmit } from '../../app/useTidyGetSubmit';
import { CHARACTERISTIC_LABELS, CHARACTERISTICS, KIND_LABELS, KINDS, ORDER_LABELS } from '../../lib/labels';
import { isFiltered, ORDERS, type GroupListState } from './group-list-params';

/**
 * Search, filters and sorting as a GET form on the page's own URL: applying
 * them is a navigation, so the result has a link and back undoes it.
 */
export function GroupFilters({ state, withStatus }: { state: GroupListState; withStatus?: boolean }) {
  const { pathname, search } = useLocation();
  const submit = useTidyGetSubmit({ sort: 'NAME', dir: 'ASC' });
  return (
    <Form method="get" action={pathname} onSubmit={submit} role="search" aria-label="Filter groups" className="filters" key={search}>
      <div className="field field--grow">
        <label htmlFor="groups-q">Search</label>
        <input id="groups-q" name="q" type="search" defaultValue={state.search} placeholder="Name, aims, topics…" />
      </div>
      <div className="field">
        <label htmlFor="groups-kind">Kind</label>
        <select id="groups-kind" name="kind" defaultValue={state.kinds[0] ?? ''}>
          <option value="">All kinds</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="groups-characteristic">Serves</label>
        <select id="groups-characteristic" name="characteristic" defaultValue={state.characteristics[0] ?? ''}>
          <option value="">Any characteristic</option>
          {CHARACTERISTICS.map((c) => (
            <option key={c} value={c}>
              {CHARACTERISTIC_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      {withStatus && (
        <div className="field">
          <label htmlFor="groups-status">Status</label>
          <select id="groups-status" name="status" defaultValue={state.statuses[0] ?? ''}>
            <option value="">Published and drafts</option>
            <option value="PUBLISHED">Published</option>
            <option value="DRAFT">Drafts</option>
            <option value="ARCHIVED">Archived</option>
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="groups-sort">Sort by</label>
        <select id="groups-sort" name="sort" defaultValue={state.orderBy}>
          {ORDERS.map((order) => (
            <option key={order} value={order}>
              {ORDER_LABELS[order]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="groups-dir">Order</label>
        <select id="groups-dir" name="dir" defaultValue={state.direction}>
          <option value="ASC">Ascending</option>
          <option value="DESC">Descending</option>
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          Apply
        </button>
        {isFiltered(state) && <Link to={pathname}>Clear filters</Link>}
      </div>
    </Form>
  );
}
