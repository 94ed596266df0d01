import { formatIsoDate } from '../../lib/format';
import { Sources } from '../../ui/Sources';
import { ActionsByTheme } from './ActionsByTheme';
import { FigureEditor } from './FigureEditor';
import { describeFigure, describeTarget, NO_FIGURES, type CommitmentLike, type FigureLike } from './progress';

export interface CommitmentDetail extends CommitmentLike {
  statement?: string | null;
  madeBy?: string | null;
  madeOn?: string | null;
  actions: readonly { theme: string; text: string }[];
  latest?: FigureLike | null;
  sources: readonly { id: string; title: string; url?: string | null; publisher?: string | null }[];
}

interface Props {
  forceName: string;
  commitment: CommitmentDetail;
  /** Whether the person signed in may record this force's figures */
  canEdit: boolean;
  reload: () => Promise<unknown>;
}

/** One commitment in full: the goal in its maker's words, the target, the latest period, what was promised. */
export function CommitmentCard({ forceName, commitment: c, canEdit, reload }: Props) {
  const headingId = `commitment-${c.id}`;
  return (
    <article className="commitment-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="commitment-card__force">{forceName}</span> {c.title}
      </h3>
      {c.statement && <blockquote>{c.statement}</blockquote>}
      <dl className="summary-list summary-list--compact">
        {c.madeBy && (
          <div>
            <dt>Made by</dt>
            <dd>
              {c.madeBy}
              {c.madeOn && `, ${formatIsoDate(c.madeOn)}`}
            </dd>
          </div>
        )}
        <div>
          <dt>Target</dt>
          <dd>{describeTarget(c)}</dd>
        </div>
        <div>
          <dt>Latest period</dt>
          <dd>{c.latest ? describeFigure(c.latest, c.target) : NO_FIGURES}</dd>
        </div>
      </dl>
      {c.figures.length === 0 && (
        <div className="notice notice--empty">
          <h4 className="notice__title">No figures recorded yet</h4>
          <p>
            {forceName} has not recorded any figures against this commitment, so there is no progress to show yet.
            {canEdit ? ' Record the first period below.' : ''}
          </p>
        </div>
      )}
      {canEdit && <FigureEditor commitment={c} reload={reload} />}
      {c.actions.length > 0 && (
        <details className="commitment-card__actions">
          <summary>What was promised ({c.actions.length} actions)</summary>
          <ActionsByTheme actions={c.actions} />
        </details>
      )}
      <h4 className="commitment-card__sources">Sources</h4>
      <Sources sources={c.sources} />
    </article>
  );
}
