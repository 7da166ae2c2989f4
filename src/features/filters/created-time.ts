/**
 * How the filter pages write when a filter was created: day and minute in UTC, through `Intl`
 * in the console's language (`formatDate(iso, CREATED_UTC)`).
 */
export const CREATED_UTC: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
};
