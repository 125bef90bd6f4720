import type { ErasureLegalBasis } from '@nrm/contracts';

export interface ErasureDecision {
  legalBasis: ErasureLegalBasis;
  authorityReference?: string;
}

export interface ErasureViolation {
  field: string;
  message: string;
}

/** Legal bases that rest on a written decision of another body, whose reference must be recorded. */
const NEEDS_REFERENCE: readonly ErasureLegalBasis[] = ['court_order'];

/** What stops an erasure decision from being carried out; empty when it may proceed. */
export function erasureViolations(decision: ErasureDecision): ErasureViolation[] {
  if (NEEDS_REFERENCE.includes(decision.legalBasis) && !decision.authorityReference) {
    return [
      {
        field: 'authorityReference',
        message: `an erasure on the basis ${decision.legalBasis} records the order's reference`,
      },
    ];
  }
  return [];
}
