import type { Me } from '../auth/useMe';

interface Props {
  me: Me;
  /** The force the record belongs to */
  force: { name: string };
  /** "Leicestershire", the one force the user edits */
  editableForce?: string;
  what: string;
}

/**
 * Shown when the user's role does not cover this record. The form stays below it:
 * the API has the last word, and a change saved anyway is refused in words.
 */
export function PermissionNotice({ me, force, editableForce, what }: Props) {
  const onlyOne = me.permissions.canEdit && me.permissions.editableForceId;
  return (
    <div className="notice notice--error permission-notice" role="note" aria-labelledby="permission-title">
      <h2 id="permission-title" className="notice__title">
        {onlyOne ? `You can edit ${editableForce ?? me.permissions.editableForceId} only` : 'Your account does not edit records'}
      </h2>
      <p>
        {onlyOne
          ? `${what} belongs to ${force.name}. Changes you save here will be refused: ask ${force.name}'s admin or a national admin to make them.`
          : `Your role reads records, drafts included, and changes none of them. Changes you save here will be refused.`}
      </p>
    </div>
  );
}
