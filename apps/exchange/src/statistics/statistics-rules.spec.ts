import { publishedBodyProblem } from './statistics-rules';

const body = {
  table: 'referrals',
  by: 'nationality',
  year: 2026,
  k: 11,
  cells: { PH: 40, NP: null, IN: 0 },
  total: 52,
};

describe("a partner's published statistics", () => {
  it('takes a suppressed table', () => {
    expect(publishedBodyProblem(body)).toBeUndefined();
  });

  it('refuses a count a suppressed table cannot hold, an unknown table, or anything that is not a count', () => {
    expect(publishedBodyProblem({ ...body, cells: { PH: 3 } })).toContain('from 1 to k - 1');
    expect(publishedBodyProblem({ ...body, total: 5 })).toContain('total');
    expect(publishedBodyProblem({ ...body, table: 'people' })).toContain('table');
    expect(publishedBodyProblem({ ...body, cells: { PH: 'forty' } })).toBeDefined();
    expect(publishedBodyProblem({ ...body, cells: [] })).toContain('cells');
    expect(publishedBodyProblem({ ...body, k: 1 })).toContain('k');
    expect(publishedBodyProblem({ ...body, cells: { constructor: 0 } })).toContain('value');
    expect(publishedBodyProblem({ ...body, cells: JSON.parse('{"__proto__": 0}') })).toContain('value');
    expect(publishedBodyProblem({ ...body, year: 3_000_000_000 })).toContain('year');
  });
});
