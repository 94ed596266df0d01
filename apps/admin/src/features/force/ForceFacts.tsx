import { Link } from 'react-router';
import type { PositiveActionArea, SocialPlatform } from '../../gql/graphql';
import { POSITIVE_ACTION_LABELS } from '../../lib/labels';
import { SocialHandles } from '../../ui/SocialHandles';

interface Props {
  force: {
    id: string;
    region: { id: string; name: string };
    website?: string | null;
    socialHandles: readonly { platform: SocialPlatform; handle: string }[];
    positiveActionFocus: readonly PositiveActionArea[];
  };
}

export function ForceFacts({ force }: Props) {
  return (
    <dl className="summary-list">
      <div>
        <dt>Region</dt>
        <dd>
          <Link to={`/coverage?region=${encodeURIComponent(force.region.id)}`}>{force.region.name}</Link>
        </dd>
      </div>
      <div>
        <dt>Website</dt>
        <dd>{force.website ? <a href={force.website}>{force.website}</a> : 'Not recorded'}</dd>
      </div>
      <div>
        <dt>Social media</dt>
        <dd>
          <SocialHandles handles={force.socialHandles} />
        </dd>
      </div>
      <div>
        <dt>Positive action focus</dt>
        <dd>{force.positiveActionFocus.length ? force.positiveActionFocus.map((a) => POSITIVE_ACTION_LABELS[a]).join(', ') : 'Not recorded'}</dd>
      </div>
      <div>
        <dt>Compare</dt>
        <dd>
          <Link to={`/compare?forces=${encodeURIComponent(force.id)}`}>Compare with other forces</Link>
        </dd>
      </div>
    </dl>
  );
}
