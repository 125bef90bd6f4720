import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';

/**
 * Whether an agency sees a case (`protection_case c`): those it leads (`defaultLead` when the case
 * names none), and those a pending or accepted service referral or a current placement in one of
 * its shelters ties it to. `everyCase` (the competent authority) sees them all.
 */
export function caseSeenBy(agency: string, defaultLead: string, everyCase: boolean): RawBuilder<boolean> {
  return sql<boolean>`(${everyCase} OR coalesce(c.lead_agency_id, ${defaultLead}) = ${agency}
    OR EXISTS (SELECT 1 FROM service_referral sr WHERE sr.case_id = c.case_id AND sr.provider_id = ${agency}
                 AND sr.status IN ('pending', 'accepted'))
    OR EXISTS (SELECT 1 FROM placement pl JOIN shelter s ON s.shelter_id = pl.shelter_id
                WHERE pl.case_id = c.case_id AND s.provider_id = ${agency} AND pl.status IN ('placed', 'checked_in')))`;
}
