import type { AgencyType, DisclosureBasis } from '@nrm/contracts';
import { ProtectionRuleRefused } from '../cases/case-rules';

export interface DisclosureQuestion {
  personIsChild: boolean;
  /** Agency types the person's current consent covers. */
  sharingAgencyTypes: readonly AgencyType[];
  providerAgencyType: AgencyType;
  /** A supervisor's recorded reason to refer without consent. */
  override?: { byRole: string; reason: string };
}

/**
 * On what ground a service referral may disclose the person's case to a provider: their consent
 * for that kind of agency; being a child (the child's best interests); or a supervisor's override
 * with a recorded reason. Undefined: it may not.
 */
export function disclosureBasis(q: DisclosureQuestion): DisclosureBasis | undefined {
  if (q.sharingAgencyTypes.includes(q.providerAgencyType)) return 'consent';
  if (q.personIsChild) return 'child';
  if (q.override && q.override.byRole === 'supervisor' && q.override.reason.trim().length > 0) {
    return 'supervisor_override';
  }
  return undefined;
}

/** The ground for a disclosure, or a refusal saying what would allow it (`doing`: refer, place). */
export function requireDisclosureBasis(q: DisclosureQuestion, doing: string): DisclosureBasis {
  const basis = disclosureBasis(q);
  if (!basis) {
    throw new ProtectionRuleRefused(
      `the person's consent does not cover sharing with ${q.providerAgencyType} agencies; a supervisor may ${doing} with a recorded reason`,
    );
  }
  return basis;
}

/**
 * After consent changed, whether a referral made on consent may go on. Referrals made for a child
 * or on a supervisor's override stand on their own ground.
 */
export function disclosureStillAllowed(
  basis: DisclosureBasis,
  providerAgencyType: AgencyType,
  sharingAgencyTypes: readonly AgencyType[],
): boolean {
  return basis !== 'consent' || sharingAgencyTypes.includes(providerAgencyType);
}
