import { Info } from 'luxon';

// Readers get English names whatever the machine's locale; en-US is in every ICU build, small
// ones included. Read once: they are looked up for every time written.
const ENGLISH = { locale: 'en-US' };
const MONTH_NAMES = Info.months('long', ENGLISH);
const MONTH_ABBREVIATIONS = Info.months('short', ENGLISH);
const WEEKDAY_ABBREVIATIONS = Info.weekdays('short', ENGLISH);

/** "January" for 1 … "December" for 12. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1];
}

/** "Jan" for 1 … "Dec" for 12. */
export function monthAbbreviation(month: number): string {
  return MONTH_ABBREVIATIONS[month - 1];
}

/** "Mon" for 1 … "Sun" for 7: ISO weekdays, as luxon numbers them. */
export function weekdayAbbreviation(isoWeekday: number): string {
  return WEEKDAY_ABBREVIATIONS[isoWeekday - 1];
}
