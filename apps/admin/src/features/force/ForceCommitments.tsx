import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatIsoDate } from '../../lib/format';
import { Section } from '../../ui/Section';
import { ActionsByTheme } from '../commitments/ActionsByTheme';

export const ForceCommitment = graphql(`
  fragment ForceCommitment on Commitment {
    id
    title
    statement
    madeBy
    madeOn
    madeAt
    measure
    targetNumerator
    targetDenominator
    targetGroup
    actions {
      theme
      text
    }
  }
`);

/** The force's equality commitments: the goal in its maker's words, the target, the actions by theme. */
export function ForceCommitments(props: { commitments: readonly FragmentType<typeof ForceCommitment>[] }) {
  const commitments = getFragmentData(ForceCommitment, props.commitments);
  return (
    <Section id="commitments" title="Commitments" empty={commitments.length === 0}>
      {commitments.map((c) => {
        return (
          <article key={c.id} className="entry commitment" aria-labelledby={`commitment-${c.id}`}>
            <h3 id={`commitment-${c.id}`}>{c.title}</h3>
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
              {c.madeAt && (
                <div>
                  <dt>Where</dt>
                  <dd>{c.madeAt}</dd>
                </div>
              )}
              {c.targetNumerator && c.targetDenominator && (
                <div>
                  <dt>Target</dt>
                  <dd>
                    At least {c.targetNumerator} in {c.targetDenominator} {c.measure}
                    {c.targetGroup && ` from the ${c.targetGroup}`}
                  </dd>
                </div>
              )}
            </dl>
            <ActionsByTheme actions={c.actions} />
          </article>
        );
      })}
    </Section>
  );
}
