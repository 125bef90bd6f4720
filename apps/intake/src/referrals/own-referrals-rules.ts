import type { RuleViolation } from './referral-rules';

/** A page of the referring agency's own referrals, as asked in the query string. */
export interface OwnReferralsPage {
  limit: number;
  before?: Date;
}

/** Reads the page asked for: a limit from 1 to 200 (50 unless given), before an ISO 8601 time. */
export function ownReferralsPage(
  limitText: string | undefined,
  before: string | undefined,
): { page: OwnReferralsPage; problems: RuleViolation[] } {
  const limit = limitText === undefined ? 50 : Number(limitText);
  const problems: RuleViolation[] = [];
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
    problems.push({ field: 'limit', message: 'limit must be a whole number from 1 to 200' });
  }
  if (before !== undefined && Number.isNaN(Date.parse(before))) {
    problems.push({ field: 'before', message: 'before must be an ISO 8601 time' });
  }
  return { page: { limit, ...(before ? { before: new Date(before) } : {}) }, problems };
}
