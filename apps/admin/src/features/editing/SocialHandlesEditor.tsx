import type { SocialPlatform } from '../../gql/graphql';
import { PLATFORM_LABELS } from '../../lib/labels';
import type { FieldErrors } from '../../ui/form/field-errors';
import { SelectField, TextField } from '../../ui/form/fields';
import { ListEditor } from './ListEditor';
import type { Row } from './rows';

const PLATFORMS = (Object.keys(PLATFORM_LABELS) as SocialPlatform[]).map((value) => ({ value, label: PLATFORM_LABELS[value] }));

interface Props {
  items: Row<{ platform: SocialPlatform | ''; handle: string }>[];
  onItems(items: Row<{ platform: SocialPlatform | ''; handle: string }>[]): void;
  errors: FieldErrors;
}

/** Social media accounts, shared by the group and force profile forms. */
export function SocialHandlesEditor({ items, onItems, errors }: Props) {
  return (
    <ListEditor
      path="socialHandles"
      legend="Social media"
      itemName="social media account"
      items={items}
      onItems={onItems}
      blank={() => ({ platform: '' as SocialPlatform | '', handle: '' })}
      max={10}
      error={errors.socialHandles}
      renderItem={(item, i, update) => (
        <div className="form__row">
          <SelectField path={`socialHandles.${i}.platform`} label={`Account ${i + 1}: platform`} value={item.platform} onValue={(p) => update({ platform: p as SocialPlatform | '' })} options={PLATFORMS} empty="Choose a platform" error={errors[`socialHandles.${i}.platform`]} />
          <TextField path={`socialHandles.${i}.handle`} label="Handle" hint="e.g. @LeicsPoliceLGBT" spellCheck={false} value={item.handle} onValue={(handle) => update({ handle })} error={errors[`socialHandles.${i}.handle`]} />
        </div>
      )}
    />
  );
}
