import { Link } from 'react-router';
import '../../ui/actions.css';
import { canEditForce, useMe } from '../auth/useMe';

/** "New group" and "Edit profile", for those whose role covers this force. */
export function ForceEditorActions({ force }: { force: { id: string; name: string } }) {
  const { me } = useMe();
  if (!me || !canEditForce(me, force.id)) return null;
  return (
    <ul className="record-actions" aria-label={`Actions on ${force.name}`}>
      <li>
        <Link className="button" to={`/forces/${force.id}/groups/new`}>
          New group
        </Link>
      </li>
      <li>
        <Link className="button button--secondary" to={`/forces/${force.id}/edit`}>
          Edit profile
        </Link>
      </li>
    </ul>
  );
}
