import type { Role, VerdictOutcome } from '@nrm/contracts';

export class ProceedingsRefused extends Error {
  override readonly name = 'ProceedingsRefused';
}

const refuse = (message: string): never => {
  throw new ProceedingsRefused(message);
};

/** Roles that work an investigation; of those, only investigators and prosecutors see suspects. */
export const INVESTIGATION_ROLES: readonly Role[] = ['investigator', 'prosecutor', 'supervisor'];

/** Whether a user may see an investigation: a working role in one of its agencies. */
export function maySeeInvestigation(
  agencyIds: readonly string[],
  actor: { agencyId: string; role: Role },
): boolean {
  return INVESTIGATION_ROLES.includes(actor.role) && agencyIds.includes(actor.agencyId);
}

/** Suspects' identities: investigators and prosecutors of the investigation's agencies only. */
export function maySeeSuspects(
  agencyIds: readonly string[],
  actor: { agencyId: string; role: Role },
): boolean {
  return (actor.role === 'investigator' || actor.role === 'prosecutor') && agencyIds.includes(actor.agencyId);
}

export function requireOpenInvestigation(status: 'open' | 'closed'): void {
  if (status === 'closed') refuse('the investigation is closed');
}

/** A charge cites a catalogued article, with only the aggravating circumstances that article knows. */
export function checkCharge(
  article: { aggravating: { code: string }[] } | undefined,
  lawCode: string,
  articleNo: string,
  aggravating: readonly string[],
): void {
  if (!article)
    refuse(`article ${articleNo} of ${lawCode} is not in the catalogue; cite it as another law by reference`);
  const known = new Set(article!.aggravating.map((a) => a.code));
  const unknown = aggravating.filter((a) => !known.has(a));
  if (unknown.length > 0)
    refuse(`article ${articleNo} of ${lawCode} has no aggravating circumstance ${unknown.join(', ')}`);
}

/** No verdict without a charge; a sentence only with a conviction; one verdict per charge and court level. */
export function checkVerdict(v: {
  chargeExists: boolean;
  outcome: VerdictOutcome;
  sentenceMonths?: number;
  lifeImprisonment?: boolean;
  alreadyDecidedAtLevel: boolean;
}): void {
  if (!v.chargeExists) refuse('a verdict needs a charge against the suspect first');
  if (v.outcome !== 'convicted' && (v.sentenceMonths !== undefined || v.lifeImprisonment)) {
    refuse('only a conviction carries a sentence');
  }
  if (v.alreadyDecidedAtLevel) refuse('this charge already has a verdict at this court level');
}

/** No appeal before a verdict, none filed before it was given, one per party. */
export function checkAppeal(a: {
  verdictDecidedOn?: string;
  filedOn: string;
  alreadyFiledByParty: boolean;
}): void {
  if (!a.verdictDecidedOn) refuse('an appeal needs a verdict first');
  if (a.filedOn < a.verdictDecidedOn!) refuse('an appeal is filed on or after the verdict');
  if (a.alreadyFiledByParty) refuse('this party has already appealed this verdict');
}

/** A hearing is held or postponed once it is scheduled; a held hearing stays held. */
export function nextHearingStatus(
  status: 'scheduled' | 'held' | 'postponed',
  change: 'held' | 'postponed',
): 'held' | 'scheduled' {
  if (status !== 'scheduled')
    refuse(`a ${status} hearing cannot be ${change === 'held' ? 'held' : 'postponed'}`);
  // A postponed hearing is scheduled again on its new date.
  return change === 'held' ? 'held' : 'scheduled';
}
