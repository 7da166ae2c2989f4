import type { Translator } from './translator';

/** A time to the minute, in UTC: how the console writes creation and update times (headers say UTC). */
const UTC_MINUTE: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
};

/**
 * `2026-11-26T15:22:31Z` to the minute in UTC, written the way the language writes dates
 * (`11/26/2026, 15:22`, `2026/11/26 15:22`); a time that does not parse is shown as it is.
 */
export function utcTime(formatDate: Translator['formatDate'], iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : formatDate(time, UTC_MINUTE);
}
