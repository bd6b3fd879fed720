import { monthName } from './calendar-names';
import { formatOffset } from './offsets';
import { hoursToMinutes } from './units';

/** A calendar date and wall-clock time, without a zone. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A date-time as written in a file: `2026-07-19 08:00` or `2026-07-19T08:00:00+01:00`. */
export interface DateTimeText extends LocalDateTime {
  /** Minutes east of UTC when an offset is written (`Z` is 0); undefined for a wall-clock time. */
  offset?: number;
  /** How it was written, so that fixes keep the writer's form. */
  separator: 'T' | ' ';
  withSeconds: boolean;
}

export type DateTimeParse = { ok: true; value: DateTimeText } | { ok: false; message: string };

/** Years the tz database describes well (it is exact only from 1970) and a plan can mean. */
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 2100;
/** What every message about a year out of range says. */
export const YEARS_IN_RANGE = `a maintenance window falls between ${FIRST_YEAR} and ${LAST_YEAR}`;

const FORM =
  /^(\d{1,})-(\d{1,2})-(\d{1,2})(?:([Tt ]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?[ ]*(.*)$/;
const OFFSET = /^(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;
const EXAMPLE =
  'write it like 2026-07-19 08:00 (wall-clock time in `zone`) or 2026-07-19T08:00:00+01:00';
/** Reads a written date-time; every impossible part (month 13, 24:00, 29 February 2027, +25:00) is a message, never a throw. */
export function parseDateTimeText(input: string): DateTimeParse {
  const text = input.trim();
  const match = FORM.exec(text);
  if (!match) return fail(`"${text}" is not a date and time; ${EXAMPLE}.`);
  const [, y, mo, d, separator, h, mi, s, rest] = match;
  if (h === undefined) return fail(`"${text}" has a date but no time of day; ${EXAMPLE}.`);
  const value: DateTimeText = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: s ? Number(s) : 0,
    separator: separator.trim().toUpperCase() === 'T' ? 'T' : ' ',
    withSeconds: s !== undefined,
  };
  const problem = dateProblem(value) ?? timeProblem(value);
  if (problem) return fail(`"${text}": ${problem}.`);
  if (rest === '') return { ok: true, value };
  const offset = OFFSET.exec(rest);
  if (!offset)
    return fail(
      `"${text}" ends with "${rest}", which is not a UTC offset; put the zone in \`zone:\` and ${EXAMPLE}.`,
    );
  const minutes = offset[1]
    ? 0
    : (offset[2] === '-' ? -1 : 1) * (hoursToMinutes(Number(offset[3])) + Number(offset[4] ?? 0));
  if (
    Number(offset[4] ?? 0) > 59 ||
    minutes < hoursToMinutes(-12) ||
    minutes > hoursToMinutes(14)
  ) {
    return fail(`"${text}": ${rest} is not a UTC offset; offsets run from -12:00 to +14:00.`);
  }
  return { ok: true, value: { ...value, offset: minutes } };
}

function fail(message: string): DateTimeParse {
  return { ok: false, message };
}

function dateProblem({ year, month, day }: LocalDateTime): string | undefined {
  if (year < FIRST_YEAR || year > LAST_YEAR)
    return `the year ${year} is out of range; ${YEARS_IN_RANGE}`;
  if (month < 1 || month > 12) return `there is no month ${month}; months run 01 to 12`;
  const days = daysInMonth(year, month);
  if (day >= 1 && day <= days) return undefined;
  if (month === 2 && day === 29) return `${year} is not a leap year, so February has 28 days`;
  return `${monthName(month)} ${year} has ${days} days, so there is no day ${day}`;
}

function timeProblem({
  hour,
  minute,
  second,
  year,
  month,
  day,
}: LocalDateTime): string | undefined {
  if (hour === 24 && minute === 0 && second === 0)
    return `there is no hour 24; midnight at the end of ${isoDate({ year, month, day })} is the next day's 00:00`;
  if (hour > 23) return `there is no hour ${hour}; hours run 00 to 23`;
  if (minute > 59) return `there is no minute ${minute}; minutes run 00 to 59`;
  if (second > 59) return `there is no second ${second}; seconds run 00 to 59`;
  return undefined;
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const two = (n: number) => String(n).padStart(2, '0');

/** "2026-07-19". */
export function isoDate({
  year,
  month,
  day,
}: Pick<LocalDateTime, 'year' | 'month' | 'day'>): string {
  return `${year}-${two(month)}-${two(day)}`;
}

/** "08:00", or "08:00:30" when seconds are asked for or are not zero. */
export function clockText(
  { hour, minute, second }: Pick<LocalDateTime, 'hour' | 'minute' | 'second'>,
  withSeconds = false,
): string {
  return `${two(hour)}:${two(minute)}${withSeconds || second !== 0 ? `:${two(second)}` : ''}`;
}

/**
 * Writes a date-time the way a file does: `2026-03-29 02:00` (wall clock) or, with an offset,
 * ISO 8601 `2026-10-25T01:30:00+01:00`. `like` keeps the separator and seconds of the original.
 */
export function formatDateTimeText(
  value: LocalDateTime & { offset?: number },
  like?: Pick<DateTimeText, 'separator' | 'withSeconds'>,
): string {
  if (value.offset !== undefined)
    return `${isoDate(value)}T${clockText(value, true)}${formatOffset(value.offset)}`;
  return `${isoDate(value)}${like?.separator ?? ' '}${clockText(value, like?.withSeconds ?? false)}`;
}

/** The wall-clock fields read as if they were UTC: the arithmetic base for zone resolution. */
export function wallClockAsUtc({ year, month, day, hour, minute, second }: LocalDateTime): number {
  return Date.UTC(year, month - 1, day, hour, minute, second);
}
