import type { ForceProfileInput, PositiveActionArea, SocialPlatform } from '../../../gql/graphql';
import type { FieldErrors } from '../../../ui/form/field-errors';
import { HANDLE, lengthProblem, websiteProblem } from '../checks';
import { rows, textRows, unkeyed, type Row } from '../rows';

export interface EditableForce {
  description?: string | null;
  website?: string | null;
  socialHandles: readonly { platform: SocialPlatform; handle: string }[];
  equalityObjectives: readonly string[];
  positiveActionFocus: readonly PositiveActionArea[];
  memberships: readonly { organisation: string }[];
}

export interface ForceFormValues {
  description: string;
  website: string;
  socialHandles: Row<{ platform: SocialPlatform | ''; handle: string }>[];
  equalityObjectives: Row<{ text: string }>[];
  positiveActionFocus: PositiveActionArea[];
  memberships: Row<{ text: string }>[];
}

export function toForceValues(force: EditableForce): ForceFormValues {
  return {
    description: force.description ?? '',
    website: force.website ?? '',
    socialHandles: rows(force.socialHandles.map((h) => ({ platform: h.platform, handle: h.handle }))),
    equalityObjectives: textRows(force.equalityObjectives),
    positiveActionFocus: [...force.positiveActionFocus],
    memberships: textRows(force.memberships.map((m) => m.organisation)),
  };
}

const text = (value: string): string | null => (value.trim() ? value.trim() : null);

export function toForceInput(v: ForceFormValues): ForceProfileInput {
  return {
    description: text(v.description),
    website: text(v.website),
    socialHandles: unkeyed(v.socialHandles).map((h) => ({ platform: h.platform as SocialPlatform, handle: h.handle.trim() })),
    equalityObjectives: v.equalityObjectives.map((o) => o.text.trim()),
    positiveActionFocus: [...v.positiveActionFocus],
    memberships: v.memberships.map((m) => m.text.trim()),
  };
}

export const FORCE_FIELD_LABELS: Record<keyof ForceProfileInput, string> = {
  description: 'Description',
  website: 'Website',
  socialHandles: 'Social media',
  equalityObjectives: 'Equality objectives',
  positiveActionFocus: 'Positive action focus',
  memberships: 'Corporate memberships',
};

const ITEM: Record<string, string> = { equalityObjectives: 'Objective', memberships: 'Membership', socialHandles: 'Social media account' };
const PART: Record<string, string> = { platform: 'platform', handle: 'handle' };

export function forceFieldLabel(path: string): string | undefined {
  const [field, index, part] = path.split('.');
  const whole = FORCE_FIELD_LABELS[field as keyof ForceProfileInput];
  if (!whole || index === undefined) return whole;
  if (!ITEM[field] || !/^\d+$/.test(index)) return undefined;
  const item = `${ITEM[field]} ${Number(index) + 1}`;
  if (part === undefined) return item;
  return PART[part] ? `${item} ${PART[part]}` : undefined;
}

/** The API's simple rules for a force profile, checked before sending. */
export function validateForce(v: ForceFormValues): FieldErrors {
  const e: FieldErrors = {};
  const set = (path: string, message: string | undefined) => {
    if (message && !e[path]) e[path] = message;
  };
  set('description', lengthProblem(v.description, 'Description', 5000));
  set('website', websiteProblem(v.website));
  if (v.equalityObjectives.length > 20) set('equalityObjectives', 'Equality objectives: at most 20');
  v.equalityObjectives.forEach((o, i) => set(`equalityObjectives.${i}`, o.text.trim() ? lengthProblem(o.text, `Objective ${i + 1}`, 1000) : `Enter objective ${i + 1}, or remove it`));
  const seen = new Set<string>();
  v.memberships.forEach((m, i) => {
    const name = m.text.trim();
    if (!name) set(`memberships.${i}`, `Enter membership ${i + 1}, or remove it`);
    else if (seen.has(name.toLowerCase())) set(`memberships.${i}`, `Membership ${i + 1} is listed twice: remove one`);
    else set(`memberships.${i}`, lengthProblem(name, `Membership ${i + 1}`, 200));
    seen.add(name.toLowerCase());
  });
  v.socialHandles.forEach((h, i) => {
    const n = i + 1;
    if (!h.platform) set(`socialHandles.${i}.platform`, `Choose the platform of social media account ${n}`);
    if (!h.handle.trim()) set(`socialHandles.${i}.handle`, `Enter the handle of social media account ${n}`);
    else if (!HANDLE.test(h.handle.trim())) set(`socialHandles.${i}.handle`, `Social media account ${n} handle must be like @LeicsPolice (letters, digits, _ . -)`);
  });
  return e;
}
