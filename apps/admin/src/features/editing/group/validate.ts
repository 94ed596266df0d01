import type { FieldErrors } from '../../../ui/form/field-errors';
import { parsePounds } from '../money';
import { HANDLE, lengthProblem, websiteProblem, yearProblem } from '../checks';
import type { GroupFormValues } from './values';

const MAX_PENCE = 1_000_000;

/**
 * The API's rules that are simple to state here, so most slips are caught
 * before a round trip. The API checks everything again (and a little more, e.g.
 * what a web address may be); its answers land on the same fields.
 */
export function validateGroup(v: GroupFormValues): FieldErrors {
  const e: FieldErrors = {};
  const set = (path: string, message: string | undefined) => {
    if (message && !e[path]) e[path] = message;
  };

  if (!v.name.trim()) set('name', 'Enter the name of the group');
  else set('name', lengthProblem(v.name, 'Name', 200, 2));
  if (!v.kind) set('kind', 'Choose what kind of group it is');
  set('description', lengthProblem(v.description, 'Description', 5000));

  if (v.aims.length > 30) set('aims', 'Aims: at most 30');
  v.aims.forEach((a, i) => set(`aims.${i}`, a.text.trim() ? lengthProblem(a.text, `Aim ${i + 1}`, 500) : `Enter aim ${i + 1}, or remove it`));
  if (v.alsoKnownAs.length > 10) set('alsoKnownAs', 'Other names: at most 10');
  v.alsoKnownAs.forEach((a, i) => set(`alsoKnownAs.${i}`, a.text.trim() ? lengthProblem(a.text, `Other name ${i + 1}`, 200) : `Enter other name ${i + 1}, or remove it`));

  set('established', yearProblem(v.established));
  if (v.establishedEvent && !v.established.trim()) set('established', 'Enter the year, or choose “Not known” for what happened');

  if (v.topics.length > 20) set('topics', 'Topics: at most 20');
  v.topics.forEach((t, i) => set(`topics.${i}`, t.text.trim() ? lengthProblem(t.text, `Topic ${i + 1}`, 60) : `Enter topic ${i + 1}, or remove it`));
  if (v.ranks.length > 20) set('ranks', 'Ranks: at most 20');
  v.ranks.forEach((r, i) => set(`ranks.${i}`, r.text.trim() ? lengthProblem(r.text, `Rank ${i + 1}`, 60) : `Enter rank ${i + 1}, or remove it`));

  set('eligibilityNote', lengthProblem(v.eligibilityNote, 'More on who may join', 1000));
  set('meetingPattern', lengthProblem(v.meetingPattern, 'Meeting pattern', 500));
  set('website', websiteProblem(v.website));

  v.socialHandles.forEach((h, i) => {
    const n = i + 1;
    if (!h.platform) set(`socialHandles.${i}.platform`, `Choose the platform of social media account ${n}`);
    if (!h.handle.trim()) set(`socialHandles.${i}.handle`, `Enter the handle of social media account ${n}`);
    else if (!HANDLE.test(h.handle.trim())) set(`socialHandles.${i}.handle`, `Social media account ${n} handle must be like @LeicsPoliceLGBT (letters, digits, _ . -)`);
  });

  v.formerNames.forEach((f, i) => {
    const n = i + 1;
    set(`formerNames.${i}.name`, f.name.trim() ? lengthProblem(f.name, `Former name ${n}`, 200) : `Enter former name ${n}, or remove it`);
    set(`formerNames.${i}.until`, yearProblem(f.until, `Former name ${n}: the year`));
  });

  v.fees.forEach((f, i) => {
    const n = i + 1;
    const pence = parsePounds(f.amount);
    if (!f.amount.trim()) set(`fees.${i}.amountPence`, `Enter fee ${n} in pounds, like 23.58 (0 for free)`);
    else if (pence === undefined) set(`fees.${i}.amountPence`, `Fee ${n} must be an amount in pounds with up to 2 decimals, like 23.58`);
    else if (pence > MAX_PENCE) set(`fees.${i}.amountPence`, `Fee ${n} must be at most £10,000.00`);
    if (pence !== undefined && pence > 0 && !f.period) set(`fees.${i}.period`, `Choose whether fee ${n} is a month or a year`);
    if (f.appliesFrom && !/^\d{4}-\d{2}-\d{2}$/.test(f.appliesFrom)) set(`fees.${i}.appliesFrom`, `Fee ${n}: the date it applies from must be a real date`);
    set(`fees.${i}.note`, lengthProblem(f.note, `Fee ${n} note`, 300));
  });

  const bodies = new Set<string>();
  v.affiliations.forEach((a, i) => {
    const n = i + 1;
    if (!a.nationalBodyId) set(`affiliations.${i}.nationalBodyId`, `Choose body ${n} the group works with`);
    else if (bodies.has(a.nationalBodyId)) set(`affiliations.${i}.nationalBodyId`, `Body ${n} is listed twice: remove one`);
    bodies.add(a.nationalBodyId);
    set(`affiliations.${i}.relation`, a.relation.trim() ? lengthProblem(a.relation, `How the group relates to body ${n}`, 200) : `Enter how the group relates to body ${n}, like “meets regularly with”`);
  });

  return e;
}
