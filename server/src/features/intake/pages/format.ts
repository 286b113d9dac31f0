/** Dates as the reporter reads them. UTC, named as such: the server does not know the reader's zone. */
import type { Messages } from './messages.ts';

export function formatDateTime(m: Messages, value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return `${new Intl.DateTimeFormat(m.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`;
}
