/**
 * A date as GOV.UK's date input asks for it: day, month and year in three fields, always in that
 * order (never month first), read into the ISO date (YYYY-MM-DD) the answers keep. What is wrong
 * is said part by part, so the message and the red border go to the part to fix.
 */

export const DATE_PARTS = ['day', 'month', 'year'] as const;
export type DatePart = (typeof DATE_PARTS)[number];
/** What the three fields hold, as typed. */
export type DateParts = Record<DatePart, string>;

/**
 * Why typed parts are not a date: some parts missing (but not all), parts that are not numbers,
 * a year that is not four digits, or a day or month that doesn't exist (31 2 2027, month 13).
 * `parts` are the parts to mark, in day-month-year order.
 */
export type DateProblem =
  | { kind: 'missing'; parts: readonly DatePart[] }
  | { kind: 'notNumber'; parts: readonly DatePart[] }
  | { kind: 'yearDigits'; parts: readonly ['year'] }
  | { kind: 'notReal'; parts: readonly DatePart[] };

/** The ISO date ('' when all three parts are empty), or what is wrong. */
export type DateReading = { ok: true; iso: string } | { ok: false; problem: DateProblem };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Month names and their short forms, in Danish and English, as GOV.UK advises accepting
 * ("feb", "February", "marts"): the field asks for a number, but a name is not wrong.
 */
const MONTH_NAMES: ReadonlyMap<string, number> = new Map(
  [
    ['januar', 'january', 'jan'],
    ['februar', 'february', 'feb'],
    ['marts', 'march', 'mar'],
    ['april', 'apr'],
    ['maj', 'may'],
    ['juni', 'june', 'jun'],
    ['juli', 'july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'october', 'okt', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

const daysIn = (month: number, year: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (value: number, length: number) => String(value).padStart(length, '0');

/** The parts an ISO date is typed as: "2027-02-01" is 1, 2, 2027; anything else is empty. */
export function isoToParts(iso: string): DateParts {
  const match = ISO_DATE.exec(iso);
  if (!match) return { day: '', month: '', year: '' };
  const [, year = '', month = '', day = ''] = match;
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/**
 * Reads what was typed in the three fields: surrounding spaces and leading zeros are fine
 * ("01", " 2 "), and the month may be a name. All three empty is no date (''), which an
 * optional question accepts.
 */
export function readDateParts(typed: Partial<DateParts> | undefined): DateReading {
  const text = Object.fromEntries(
    DATE_PARTS.map((part) => [part, (typed?.[part] ?? '').trim()]),
  ) as DateParts;
  const fail = (problem: DateProblem): DateReading => ({ ok: false, problem });

  const missing = DATE_PARTS.filter((part) => text[part] === '');
  if (missing.length === DATE_PARTS.length) return { ok: true, iso: '' };
  if (missing.length > 0) return fail({ kind: 'missing', parts: missing });

  const monthName = MONTH_NAMES.get(text.month.toLowerCase().replace(/\.$/, ''));
  const isNumber = (part: DatePart) =>
    /^\d+$/.test(text[part]) || (part === 'month' && monthName !== undefined);
  const notNumbers = DATE_PARTS.filter((part) => !isNumber(part));
  // One part: "Month must be a number". More: the date as a whole is not one.
  if (notNumbers.length === 1) return fail({ kind: 'notNumber', parts: notNumbers });
  if (notNumbers.length > 1) return fail({ kind: 'notReal', parts: notNumbers });

  if (text.year.length !== 4) return fail({ kind: 'yearDigits', parts: ['year'] });

  const day = Number(text.day);
  const month = monthName ?? Number(text.month);
  const year = Number(text.year);
  const impossible = DATE_PARTS.filter((part) =>
    part === 'day' ? day < 1 || day > 31 : part === 'month' ? month < 1 || month > 12 : year < 1000,
  );
  if (impossible.length > 0) return fail({ kind: 'notReal', parts: impossible });
  // Each part could be right, but not together (31 2 2027, 29 2 2027): the whole date is wrong.
  if (day > daysIn(month, year)) return fail({ kind: 'notReal', parts: DATE_PARTS });

  return { ok: true, iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}
