import { Routes } from '@nrm/api-contracts';
import { Roles } from '@nrm/contracts';
import { ProblemException } from './problem';
import { permit, requireRole } from './actor';

const actorAs = (role: (typeof Roles)[number]) => ({ userId: 'u-1', agencyId: 'a-1', role });

describe('permit', () => {
  it('lets a role the route table names through, and refuses every other as requireRole does', () => {
    const route = Routes.openInvestigation;
    for (const role of Roles) {
      const refusal = (check: () => void) => {
        try {
          check();
          return undefined;
        } catch (error) {
          expect(error).toBeInstanceOf(ProblemException);
          return (error as ProblemException).getResponse();
        }
      };
      const fromTable = refusal(() => permit(actorAs(role), route));
      expect(fromTable).toEqual(refusal(() => requireRole(actorAs(role), ...route.roles)));
      expect(fromTable === undefined).toBe(route.roles.includes(role));
    }
  });
});
