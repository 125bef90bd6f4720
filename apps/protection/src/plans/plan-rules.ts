import { LocalDate } from '@nrm/calendar';
import type { NeedPriority, NeedType } from '@nrm/contracts';

/** Calendar days from the assessment to a need's default due date, by priority. */
export const DAYS_TO_MEET: Record<NeedPriority, number> = { urgent: 1, high: 7, normal: 30 };

export interface AssessedNeed {
  needType: NeedType;
  priority: NeedPriority;
  /** Defaults from the priority. */
  dueOn?: string;
}

export interface PlannedNeed {
  needType: NeedType;
  priority: NeedPriority;
  dueOn: string;
}

export class PlanRefused extends Error {
  override readonly name = 'PlanRefused';
}

/**
 * The service plan from an assessment: one line per need, each with a due date (given, or from its
 * priority), never in the past, urgent first. A need named twice is refused rather than guessed at.
 */
export function planNeeds(needs: readonly AssessedNeed[], today: LocalDate): PlannedNeed[] {
  const seen = new Set<NeedType>();
  const order: NeedPriority[] = ['urgent', 'high', 'normal'];
  return needs
    .map((need) => {
      if (seen.has(need.needType)) throw new PlanRefused(`${need.needType} is named twice`);
      seen.add(need.needType);
      const due = need.dueOn ? LocalDate.parse(need.dueOn) : today.plusDays(DAYS_TO_MEET[need.priority]);
      if (due.isBefore(today)) throw new PlanRefused(`the due date of ${need.needType} is in the past`);
      return { needType: need.needType, priority: need.priority, dueOn: due.toString() };
    })
    .sort((a, b) => order.indexOf(a.priority) - order.indexOf(b.priority) || a.dueOn.localeCompare(b.dueOn));
}
