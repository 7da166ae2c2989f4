/**
 * Numbers typed into a form, read before the domain's schemas check them: a blank field is no
 * number (refused with the field's own message), never zero.
 */
import { z } from 'zod';

/**
 * The number a person typed, `NaN` when blank or not a number, so the schema that follows
 * refuses it with its message.
 *
 * @example typedNumber(' 20 ') // 20
 * @example typedNumber('') // NaN
 */
export function typedNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/**
 * A form's text field checked by `schema` as a number.
 *
 * @example typedNumberSchema(z.number().int()).parse('12') // 12
 */
export function typedNumberSchema<S extends z.ZodType<unknown, number>>(schema: S) {
  return z.string().transform(typedNumber).pipe(schema);
}
