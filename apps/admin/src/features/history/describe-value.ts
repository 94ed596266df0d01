import type { Eligibility, EstablishmentEvent, GroupKind, GroupStatus, PositiveActionArea, ProtectedCharacteristic, SocialPlatform } from '../../gql/graphql';
import { formatFee } from '../../lib/format';
import {
  CHARACTERISTIC_LABELS,
  ELIGIBILITY_LABELS,
  ESTABLISHMENT_LABELS,
  KIND_LABELS,
  PLATFORM_LABELS,
  POSITIVE_ACTION_LABELS,
} from '../../lib/labels';
import { GROUP_FIELD_LABELS } from '../editing/group/labels';

/** A value of an audit snapshot, ready to show: nothing, a line of text, or a list. */
export type Shown = { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'list'; items: string[] };

/** Names for the ids a snapshot holds (national bodies, forces), when the page knows them. */
export interface Names {
  nationalBodies?: ReadonlyMap<string, string>;
  forces?: ReadonlyMap<string, string>;
}

export const NONE = '(none)';

export const STATUS_LABELS: Record<GroupStatus, string> = { DRAFT: 'Draft', PUBLISHED: 'Published', ARCHIVED: 'Archived' };

export const ACTION_LABELS: Record<string, string> = {
  CREATE: 'Created',
  UPDATE: 'Edited',
  PUBLISH: 'Published',
  ARCHIVE: 'Archived',
  RESTORE: 'Restored',
};

const FIELD_LABELS: Record<string, string> = {
  ...GROUP_FIELD_LABELS,
  established: 'Year established',
  establishedEvent: 'What happened that year',
  nationalBodyId: 'National body',
  status: 'Status',
  statusBeforeArchive: 'Status before it was archived',
  forceId: 'Force',
  regionId: 'Region',
  sourceIds: 'Sources',
  equalityObjectives: 'Equality objectives',
  positiveActionFocus: 'Positive action focus',
  memberships: 'Corporate memberships',
};

/** "meetingPattern" → "Meeting pattern" for a field without a label of its own. */
export function fieldLabel(field: string): string {
  if (FIELD_LABELS[field]) return FIELD_LABELS[field];
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Item = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));

function labelled<T extends string>(labels: Record<T, string>) {
  return (v: unknown) => labels[v as T] ?? str(v);
}

/** How one element of a field's list reads. */
const ITEM: Record<string, (item: unknown, names: Names) => string> = {
  characteristics: labelled<ProtectedCharacteristic>(CHARACTERISTIC_LABELS),
  eligibility: labelled<Eligibility>(ELIGIBILITY_LABELS),
  positiveActionFocus: labelled<PositiveActionArea>(POSITIVE_ACTION_LABELS),
  fees: (f) => {
    const fee = f as Item;
    const text = formatFee({ amountPence: Number(fee.amountPence ?? 0), period: fee.period as never, appliesFrom: fee.appliesFrom as string | null });
    return fee.note ? `${text} (${str(fee.note)})` : text;
  },
  formerNames: (n) => {
    const name = n as Item;
    return name.until != null ? `${str(name.name)} (until ${str(name.until)})` : str(name.name);
  },
  affiliations: (a, names) => {
    const aff = a as Item;
    const body = names.nationalBodies?.get(str(aff.nationalBodyId)) ?? str(aff.nationalBodyId);
    return `${str(aff.relation)} ${body}`.trim();
  },
  socialHandles: (h) => {
    const handle = h as Item;
    return `${PLATFORM_LABELS[handle.platform as SocialPlatform] ?? str(handle.platform)}: ${str(handle.handle)}`;
  },
};

/** How a single (not list) value of a field reads. */
const SCALAR: Record<string, (value: unknown, names: Names) => string> = {
  kind: labelled<GroupKind>(KIND_LABELS),
  status: labelled<GroupStatus>(STATUS_LABELS),
  statusBeforeArchive: labelled<GroupStatus>(STATUS_LABELS),
  establishedEvent: (v) => {
    const label = ESTABLISHMENT_LABELS[v as EstablishmentEvent] ?? str(v);
    return label.charAt(0).toUpperCase() + label.slice(1);
  },
  nationalBodyId: (v, names) => names.nationalBodies?.get(str(v)) ?? str(v),
  forceId: (v, names) => names.forces?.get(str(v)) ?? str(v),
};

function plain(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Item)
      .filter(([, v]) => v != null && v !== '')
      .map(([k, v]) => `${fieldLabel(k)}: ${plain(v)}`)
      .join(', ');
  }
  return str(value);
}

/** One snapshot value as a person reads it: lists as lists, nothing as "(none)". */
export function describeValue(field: string, value: unknown, names: Names = {}): Shown {
  if (value === null || value === undefined || value === '') return { kind: 'none' };
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: 'none' };
    const item = ITEM[field];
    return { kind: 'list', items: value.map((v) => (item ? item(v, names) : plain(v))) };
  }
  const scalar = SCALAR[field];
  return { kind: 'text', text: scalar ? scalar(value, names) : plain(value) };
}

/** The same, as one line (for CSV, titles, tests). */
export function valueAsText(field: string, value: unknown, names: Names = {}): string {
  const shown = describeValue(field, value, names);
  if (shown.kind === 'none') return NONE;
  return shown.kind === 'text' ? shown.text : shown.items.join('; ');
}
