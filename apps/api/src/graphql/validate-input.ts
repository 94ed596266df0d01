import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';
import { badInput } from './errors.js';

/**
 * The one gate every argument of every query and mutation passes, before class-validator:
 *
 * 1. Text that cannot be stored is refused, wherever it is (a top-level argument, an input
 *    field, a list item), with BAD_USER_INPUT naming it: the NUL character (PostgreSQL text
 *    cannot hold it) and unpaired UTF-16 surrogates (not Unicode text: UTF-8 cannot encode
 *    them, and they would be silently replaced by U+FFFD).
 * 2. Every string field of an input object, and every string in a list field, is trimmed of
 *    leading and trailing white space (exactly as String.prototype.trim does), so the length
 *    rules that follow apply to what is stored: "  a " is not a two-letter name. Passwords are
 *    never trimmed. Nothing else is changed: inner white space, control and invisible
 *    characters, right-to-left marks, HTML and SQL metacharacters are stored as given.
 * 3. class-validator runs as type-graphql would run it.
 */
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const KEEP_AS_GIVEN = /password/i;
const VALIDATOR_OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

function checkText(value: string, field: string) {
  if (value.includes('\u0000')) throw badInput(field, 'must not contain the NUL character (U+0000)');
  if (UNPAIRED_SURROGATE.test(value)) throw badInput(field, 'must be valid Unicode text (it holds an unpaired surrogate)');
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !ArrayBuffer.isView(v);

/** Checks every string under `value` and trims the string fields of input objects (in place). */
function sanitise(value: unknown, path: string, trim: boolean): unknown {
  if (typeof value === 'string') {
    checkText(value, path);
    return trim ? value.trim() : value;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => (value[i] = sanitise(item, path ? `${path}.${i}` : String(i), trim)));
    return value;
  }
  if (isRecord(value)) {
    for (const [key, v] of Object.entries(value)) {
      value[key] = sanitise(v, path ? `${path}.${key}` : key, !KEEP_AS_GIVEN.test(key));
    }
  }
  return value;
}

export const validateInput: ValidatorFn = async (argValue, _argType, { args }) => {
  if (typeof argValue === 'string' || (Array.isArray(argValue) && !argValue.some(isRecord))) {
    // A top-level scalar argument (an id, a cursor): checked, not trimmed.
    // (type-graphql hands over a copy of a list: find its name by value.)
    const same = (v: unknown) => v === argValue || (Array.isArray(v) && JSON.stringify(v) === JSON.stringify(argValue));
    const name = Object.entries(args).find(([, v]) => same(v))?.[0] ?? 'argument';
    sanitise(argValue, name, false);
    return;
  }
  if (!isRecord(argValue) && !Array.isArray(argValue)) return;
  sanitise(argValue, '', true);
  try {
    if (Array.isArray(argValue)) await Promise.all(argValue.filter(isRecord).map((item) => validateOrReject(item, VALIDATOR_OPTIONS)));
    else await validateOrReject(argValue, VALIDATOR_OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
};
