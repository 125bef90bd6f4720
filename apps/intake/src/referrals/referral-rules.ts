import { LocalDate } from '@nrm/calendar';

/** The parts of a referral the intake rules look at. */
export interface ReferralFacts {
  encounterDate: string;
  person: {
    names: { arabic?: string; latin?: string };
    dateOfBirth?: string;
    estimatedAge?: number;
  };
  consentToReferral: boolean;
}

/** A broken rule, named by the request field it concerns. */
export interface RuleViolation {
  field: string;
  message: string;
}

export const AGE_OF_MAJORITY = 18;

/** Full years between a date of birth and a later date. */
export function ageOn(dateOfBirth: LocalDate, on: LocalDate): number {
  const [by, bm, bd] = dateOfBirth.toString().split('-').map(Number);
  const [oy, om, od] = on.toString().split('-').map(Number);
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

/**
 * A person under 18, or whose age is unknown, is handled as a child until an age assessment says
 * otherwise (the presumption of minority).
 */
export function isHandledAsChild(facts: Pick<ReferralFacts, 'encounterDate' | 'person'>): boolean {
  if (facts.person.dateOfBirth) {
    return (
      ageOn(LocalDate.parse(facts.person.dateOfBirth), LocalDate.parse(facts.encounterDate)) < AGE_OF_MAJORITY
    );
  }
  if (facts.person.estimatedAge !== undefined) return facts.person.estimatedAge < AGE_OF_MAJORITY;
  return true;
}

/**
 * The rules a referral must meet beyond the shape of its fields. Returns every problem, by field;
 * an empty list means the referral may be registered.
 */
export function checkReferralRules(facts: ReferralFacts, today: LocalDate): RuleViolation[] {
  const problems: RuleViolation[] = [];
  let encounter: LocalDate | undefined;
  try {
    const date = LocalDate.parse(facts.encounterDate);
    if (today.isBefore(date))
      problems.push({ field: 'encounter.date', message: 'encounter.date is in the future' });
    else encounter = date;
  } catch {
    problems.push({ field: 'encounter.date', message: 'encounter.date is not a real date' });
  }
  if (facts.person.dateOfBirth) {
    try {
      const birth = LocalDate.parse(facts.person.dateOfBirth);
      if (encounter && encounter.isBefore(birth)) {
        problems.push({
          field: 'person.dateOfBirth',
          message: 'person.dateOfBirth is after the encounter date',
        });
      } else if (encounter && ageOn(birth, encounter) > 120) {
        problems.push({ field: 'person.dateOfBirth', message: 'person.dateOfBirth gives an age over 120' });
      }
    } catch {
      problems.push({ field: 'person.dateOfBirth', message: 'person.dateOfBirth is not a real date' });
    }
    if (facts.person.estimatedAge !== undefined) {
      problems.push({
        field: 'person.estimatedAge',
        message: 'give either person.dateOfBirth or person.estimatedAge',
      });
    }
  }
  if (!facts.person.names.arabic?.trim() && !facts.person.names.latin?.trim()) {
    problems.push({
      field: 'person.names',
      message: 'person.names needs the name in Arabic or Latin script',
    });
  }
  if (problems.length === 0 && !facts.consentToReferral && !isHandledAsChild(facts)) {
    problems.push({
      field: 'consent.referral',
      message: "an adult's referral needs their consent; without it record an anonymous notice instead",
    });
  }
  return problems;
}
