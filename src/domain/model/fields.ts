/**
 * Field schemas shared by the session, filter and rule schemas (docs/behaviour.md, "Resources and their fields"). Each field
 * gives one message that says what to do, so that the form and the API error `details`
 * read the same. zod carries a message as {@link encodeMessage} text; `fieldProblemsOf`
 * (field-details.ts) reads it back, and the UI renders it in its language.
 */
import { z } from 'zod';
import { encodeMessage, message, type ResultMessage } from './message';

/** A problem with one field; `field` is a dotted path inside the resource (`priority`). */
export interface FieldProblem {
  field: string;
  message: ResultMessage;
}

/** The outcome of applying an update to a resource: the merged resource or the problems. */
export type MergeResult<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

const NAME_CHAR =
  /[A-Za-z0-9_.\-\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC]/u;
const NAME_MAX = 64;
const DESCRIPTION_MAX = 255;

/**
 * What is wrong with a resource name, or null when it is valid: 1-64 characters of ASCII
 * letters, digits, CJK characters (Han, Hiragana, Katakana, Hangul), `_`, `-` and `.`.
 * Length counts characters, not UTF-16 code units. Why: one rule for sessions and filters,
 * usable for live hints in the form.
 *
 * @example describeNameProblem('web server') // renders 'Names can use only letters, digits, CJK characters, _, - and . (remove " ").'
 */
export function describeNameProblem(text: string): ResultMessage | null {
  const chars = Array.from(text);
  if (chars.length === 0) return message('field.nameEmpty');
  const bad = [...new Set(chars.filter((c) => !NAME_CHAR.test(c)))];
  if (bad.length > 0) return message('field.nameChars', { chars: bad.map((c) => `"${c}"`) });
  if (chars.length > NAME_MAX) {
    return message('field.nameLength', { max: NAME_MAX, length: chars.length });
  }
  return null;
}

/**
 * What is wrong with a description, or null: at most 255 characters, no `<` or `>`.
 *
 * @example describeDescriptionProblem('a <b>') // renders 'Remove < and > from the description.'
 */
export function describeDescriptionProblem(text: string): ResultMessage | null {
  if (/[<>]/.test(text)) return message('field.descriptionChars');
  const length = Array.from(text).length;
  if (length > DESCRIPTION_MAX) {
    return message('field.descriptionLength', { max: DESCRIPTION_MAX, length });
  }
  return null;
}

/** Adds the message of `describe` (if any) as a custom issue. */
function checkedText(describe: (text: string) => ResultMessage | null, typeMessage: ResultMessage) {
  return z.string({ error: encodeMessage(typeMessage) }).superRefine((text, ctx) => {
    const problem = describe(text);
    if (problem) ctx.addIssue({ code: 'custom', message: encodeMessage(problem) });
  });
}

/** A required resource name. */
export const nameSchema = checkedText(describeNameProblem, message('field.nameEmpty'));

/** A description; `null` means `""`. */
export const descriptionSchema = optionalTextSchema(
  describeDescriptionProblem,
  message('field.descriptionType'),
);

/** A required reference to another resource by id. */
export function idSchema(problem: ResultMessage) {
  const text = encodeMessage(problem);
  return z.string({ error: text }).min(1, { error: text });
}

/**
 * A whole number in `[min, max]`. With `acceptString`, decimal text such as `"96"` is also
 * taken (the real API types some numbers as strings); the output is always a number.
 */
export function integerSchema(min: number, max: number, problem: ResultMessage, acceptString = false) {
  const message = encodeMessage(problem);
  const check = (value: number, ctx: z.RefinementCtx): number => {
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return value;
  };
  if (!acceptString) return z.number({ error: message }).transform(check);
  return z.union([z.number(), z.string()], { error: message }).transform((value, ctx) => {
    if (typeof value === 'string' && !/^[0-9]{1,16}$/.test(value)) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return check(Number(value), ctx);
  });
}

/** A boolean given as `true`/`false` or as the text `"true"`/`"false"` (any case). */
export function booleanSchema(problem: ResultMessage) {
  const message = encodeMessage(problem);
  return z.union([z.boolean(), z.string()], { error: message }).transform((value, ctx) => {
    if (typeof value === 'boolean') return value;
    const lower = value.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  });
}

/**
 * Text where `null` means `""` (the API's unset CIDRs and port ranges); callers add
 * `.default('')` on create or `.optional()` on update.
 */
export function optionalTextSchema(
  describe: (text: string) => ResultMessage | null,
  typeMessage: ResultMessage,
) {
  return z.union([z.string(), z.null()], { error: encodeMessage(typeMessage) }).transform((value, ctx) => {
    const text = value ?? '';
    const problem = describe(text);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: encodeMessage(problem) });
      return z.NEVER;
    }
    return text;
  });
}
