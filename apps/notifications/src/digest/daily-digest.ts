import { LocalDate } from '@nrm/calendar';
import type { NotificationKind } from '@nrm/contracts';
import type { DigestSummary } from '../inbox/templates';

/** Which digest is owed at an instant: the one dated today (local), covering yesterday. */
export interface DigestDue {
  digestDate: LocalDate;
  coveredDay: LocalDate;
}

/** Minutes after local midnight of `HH:MM`. */
export function minutesOfDay(localTime: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(localTime);
  if (!match) throw new Error(`not a local time of day (HH:MM): ${localTime}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * The digest owed at `now`: once the local clock in the jurisdiction reaches the digest time, the
 * digest for today (covering yesterday) is due, and stays due until it is composed. Before that
 * time nothing is owed, since yesterday's digest was due yesterday.
 */
export function digestDue(now: Date, timeZone: string, localTime: string): DigestDue | undefined {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value);
  const minute = Number(parts.find((p) => p.type === 'minute')?.value);
  if (hour * 60 + minute < minutesOfDay(localTime)) return undefined;
  const digestDate = LocalDate.of(now, timeZone);
  return { digestDate, coveredDay: digestDate.plusDays(-1) };
}

/** One agency's notifications of one kind on the covered day, and the cases breached among them. */
export interface DayCount {
  agencyId: string;
  kind: NotificationKind;
  count: number;
  breached: (string | null)[] | null;
}

/** Each agency's digest summary from its counts of the covered day. */
export function digestSummaries(coveredDay: string, counts: DayCount[]): Map<string, DigestSummary> {
  const byAgency = new Map<string, DigestSummary>();
  for (const row of counts) {
    const summary = byAgency.get(row.agencyId) ?? {
      coveredDay,
      countsByKind: {},
      breachedCaseReferences: [],
    };
    summary.countsByKind[row.kind] = row.count;
    summary.breachedCaseReferences.push(
      ...(row.breached ?? []).filter((r): r is string => r !== null).sort(),
    );
    byAgency.set(row.agencyId, summary);
  }
  return byAgency;
}
