import type {
  Eligibility,
  EstablishmentEvent,
  FeePeriod,
  GroupInput,
  GroupKind,
  ProtectedCharacteristic,
  SocialPlatform,
} from '../../../gql/graphql';
import { parsePounds, penceToPounds } from '../money';
import { changedFields } from '../form-values';
import { rows, textRows, unkeyed, type Row } from '../rows';

/** A group as the form reads it (the fields of GroupEditable). */
export interface EditableGroup {
  name: string;
  kind: GroupKind;
  description?: string | null;
  aims: readonly string[];
  alsoKnownAs: readonly string[];
  established?: number | null;
  establishedEvent?: EstablishmentEvent | null;
  characteristics: readonly ProtectedCharacteristic[];
  topics: readonly string[];
  eligibility: readonly Eligibility[];
  eligibilityNote?: string | null;
  ranks: readonly string[];
  nationalBody?: { id: string } | null;
  meetingPattern?: string | null;
  website?: string | null;
  socialHandles: readonly { platform: SocialPlatform; handle: string }[];
  formerNames: readonly { name: string; until?: number | null }[];
  fees: readonly { amountPence: number; period?: FeePeriod | null; appliesFrom?: string | null; note?: string | null }[];
  affiliations: readonly { relation: string; nationalBody: { id: string } }[];
}

/** What the boxes hold: text as typed, so a half-typed year or amount is not lost. */
export interface GroupFormValues {
  name: string;
  kind: GroupKind | '';
  description: string;
  aims: Row<{ text: string }>[];
  alsoKnownAs: Row<{ text: string }>[];
  established: string;
  establishedEvent: EstablishmentEvent | '';
  characteristics: ProtectedCharacteristic[];
  topics: Row<{ text: string }>[];
  eligibility: Eligibility[];
  eligibilityNote: string;
  ranks: Row<{ text: string }>[];
  nationalBodyId: string;
  meetingPattern: string;
  website: string;
  socialHandles: Row<{ platform: SocialPlatform | ''; handle: string }>[];
  formerNames: Row<{ name: string; until: string }>[];
  fees: Row<{ amount: string; period: FeePeriod | ''; appliesFrom: string; note: string }>[];
  affiliations: Row<{ nationalBodyId: string; relation: string }>[];
}

export type GroupField = keyof GroupInput;

export const EMPTY_GROUP: GroupFormValues = {
  name: '',
  kind: '',
  description: '',
  aims: [],
  alsoKnownAs: [],
  established: '',
  establishedEvent: '',
  characteristics: [],
  topics: [],
  eligibility: [],
  eligibilityNote: '',
  ranks: [],
  nationalBodyId: '',
  meetingPattern: '',
  website: '',
  socialHandles: [],
  formerNames: [],
  fees: [],
  affiliations: [],
};

export function toValues(group: EditableGroup): GroupFormValues {
  return {
    name: group.name,
    kind: group.kind,
    description: group.description ?? '',
    aims: textRows(group.aims),
    alsoKnownAs: textRows(group.alsoKnownAs),
    established: group.established == null ? '' : String(group.established),
    establishedEvent: group.establishedEvent ?? '',
    characteristics: [...group.characteristics],
    topics: textRows(group.topics),
    eligibility: [...group.eligibility],
    eligibilityNote: group.eligibilityNote ?? '',
    ranks: textRows(group.ranks),
    nationalBodyId: group.nationalBody?.id ?? '',
    meetingPattern: group.meetingPattern ?? '',
    website: group.website ?? '',
    socialHandles: rows(group.socialHandles.map((h) => ({ platform: h.platform, handle: h.handle }))),
    formerNames: rows(group.formerNames.map((n) => ({ name: n.name, until: n.until == null ? '' : String(n.until) }))),
    fees: rows(
      group.fees.map((f) => ({ amount: penceToPounds(f.amountPence), period: f.period ?? '', appliesFrom: f.appliesFrom ?? '', note: f.note ?? '' })),
    ),
    affiliations: rows(group.affiliations.map((a) => ({ nationalBodyId: a.nationalBody.id, relation: a.relation }))),
  };
}

const text = (value: string): string | null => (value.trim() ? value.trim() : null);
const texts = (items: readonly { text: string }[]): string[] => items.map((i) => i.text.trim());
/** A number as typed; NaN stays NaN so the server (or the client check) names the field. */
const year = (value: string): number | null => (value.trim() ? Number(value.trim()) : null);

/**
 * The whole GroupInput the values stand for. Empty boxes are sent as null (the
 * field is cleared), lists whole. Call validateGroup first: unparseable numbers
 * become NaN here.
 */
export function toInput(v: GroupFormValues): GroupInput {
  return {
    name: v.name.trim(),
    kind: v.kind || undefined,
    description: text(v.description),
    aims: texts(v.aims),
    alsoKnownAs: texts(v.alsoKnownAs),
    established: year(v.established),
    establishedEvent: v.establishedEvent || null,
    characteristics: [...v.characteristics],
    topics: texts(v.topics),
    eligibility: [...v.eligibility],
    eligibilityNote: text(v.eligibilityNote),
    ranks: texts(v.ranks),
    nationalBodyId: v.nationalBodyId || null,
    meetingPattern: text(v.meetingPattern),
    website: text(v.website),
    socialHandles: unkeyed(v.socialHandles).map((h) => ({ platform: h.platform as SocialPlatform, handle: h.handle.trim() })),
    formerNames: unkeyed(v.formerNames).map((n) => ({ name: n.name.trim(), until: year(n.until) })),
    fees: unkeyed(v.fees).map((f) => ({
      amountPence: parsePounds(f.amount) ?? Number.NaN,
      period: f.period || null,
      appliesFrom: f.appliesFrom || null,
      note: text(f.note),
    })),
    affiliations: unkeyed(v.affiliations).map((a) => ({ nationalBodyId: a.nationalBodyId, relation: a.relation.trim() })),
  };
}

/** Only the fields that differ from what the form was loaded with. */
export function changedInput(initial: GroupFormValues, current: GroupFormValues): GroupInput {
  return changedFields(toInput, initial, current) as GroupInput;
}
