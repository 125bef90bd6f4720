const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than using it. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** A calendar date without time or zone, as legal deadlines are stated. */
export class LocalDate {
  private constructor(private readonly epochDay: number) {}

  static parse(text: string): LocalDate {
    const m = ISO_DATE.exec(text);
    if (!m) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${text}`);
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const check = new Date(ms);
    if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
      throw new RangeError(`no such date: ${text}`);
    }
    return new LocalDate(ms / DAY_MS);
  }

  /** The date an instant falls on in an IANA time zone (e.g. Asia/Kuwait). */
  static of(instant: Date, timeZone: string): LocalDate {
    const parts: Record<string, string> = {};
    for (const p of dayFormat(timeZone).formatToParts(instant)) parts[p.type] = p.value;
    return LocalDate.parse(`${parts['year']}-${parts['month']}-${parts['day']}`);
  }

  plusDays(days: number): LocalDate {
    return new LocalDate(this.epochDay + days);
  }

  /** The same day `months` later; a day the month lacks becomes its last day (31 Jan + 1 month = 28/29 Feb). */
  plusMonths(months: number): LocalDate {
    const d = new Date(this.epochDay * DAY_MS);
    const monthIndex = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
    const year = Math.floor(monthIndex / 12);
    const month = monthIndex - year * 12;
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return new LocalDate(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)) / DAY_MS);
  }

  /** 0 = Sunday ... 6 = Saturday. */
  dayOfWeek(): number {
    return new Date(this.epochDay * DAY_MS).getUTCDay();
  }

  daysUntil(other: LocalDate): number {
    return other.epochDay - this.epochDay;
  }

  isBefore(other: LocalDate): boolean {
    return this.epochDay < other.epochDay;
  }

  equals(other: LocalDate): boolean {
    return this.epochDay === other.epochDay;
  }

  toString(): string {
    return new Date(this.epochDay * DAY_MS).toISOString().slice(0, 10);
  }

  toJSON(): string {
    return this.toString();
  }
}
