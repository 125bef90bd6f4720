import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { catalogueDifferences } from './catalogue-differences';
import { catalogueProblems, parseCatalogue } from './catalogue-validation';
import type { DimensionId, IndicatorCatalogue, ListId } from './indicator-catalogue';
import { DimensionIds } from './indicator-catalogue';
import { adviseFromIndicators, listsFor } from './indicator-rule';
import type { Answer } from './indicator-rule';

const DIR = path.resolve(__dirname, '../../../../seeds/indicators');
const SHIPPED = 'kw-2026.1.json';
const read = (file: string): unknown => JSON.parse(readFileSync(path.join(DIR, file), 'utf8'));
const shipped = parseCatalogue(read(SHIPPED));

const listOf = (c: IndicatorCatalogue, id: ListId) => c.lists.find((l) => l.id === id);
const perDimension = (c: IndicatorCatalogue, id: ListId, national = false) =>
  DimensionIds.map(
    (d) =>
      listOf(c, id)?.indicators.filter((i) => i.dimension === d && (i.national !== undefined) === national)
        .length,
  );

describe('the shipped indicator catalogue', () => {
  it.each(readdirSync(DIR).filter((f) => f.endsWith('.json')))('%s is valid', (file) => {
    expect(catalogueProblems(read(file))).toEqual([]);
  });

  it('holds the four lists in six dimensions', () => {
    expect(shipped.lists.map((l) => l.id).sort()).toEqual([
      'adult-labour',
      'adult-sexual',
      'child-labour',
      'child-sexual',
    ]);
    expect(shipped.dimensions.map((d) => d.id)).toEqual(DimensionIds);
  });

  it('has the adult labour list of the ILO/EC indicators, 10, 10, 16, 9, 15 and 7 per dimension', () => {
    expect(perDimension(shipped, 'adult-labour')).toEqual([10, 10, 16, 9, 15, 7]);
  });

  it('has the child labour list, 10, 10, 15, 8, 15 and 7 per dimension', () => {
    expect(perDimension(shipped, 'child-labour')).toEqual([10, 10, 15, 8, 15, 7]);
  });

  it('gives every indicator both labels, guidance and provenance from a named source', () => {
    const sources = new Set(shipped.sources.map((s) => s.id));
    for (const list of shipped.lists)
      for (const i of list.indicators) {
        const where = `${list.id} ${i.id}`;
        expect({
          where,
          ok: [i.label.en, i.label.ar, i.guidance.en, i.guidance.ar].every((t) => t.trim().length > 0),
        }).toEqual({
          where,
          ok: true,
        });
        expect({
          where,
          arabic: /[\u0600-\u06FF]/.test(i.label.ar) && /[\u0600-\u06FF]/.test(i.guidance.ar),
        }).toEqual({
          where,
          arabic: true,
        });
        for (const s of i.provenance.sources) expect(sources).toContain(s);
      }
    expect(shipped.rule.provenance).toMatchObject({ sources: ['GH'], confidence: 'single-source' });
  });

  it('claims no grade where none is established: the sexual lists are asked, not graded', () => {
    for (const id of ['adult-sexual', 'child-sexual'] as const) {
      const graded = listOf(shipped, id)?.indicators.filter(
        (i) => i.grade !== null && i.national === undefined,
      );
      // Only the fragments the sources give: forced tasks or clients, and hazardous work for children.
      expect(graded?.map((i) => `${i.dimension} ${i.label.en}`).sort()).toEqual(
        id === 'adult-sexual'
          ? ['D5 forced tasks or clients']
          : ['D4 hazardous work', 'D5 forced tasks or clients'],
      );
      expect(listOf(shipped, id)?.indicators.some((i) => i.grade === null)).toBe(true);
    }
    for (const list of shipped.lists)
      for (const i of list.indicators)
        expect({ id: i.id, unset: i.grade === null }).toEqual({
          id: i.id,
          unset: i.provenance.confidence === 'not-established',
        });
  });

  it('keeps both grades of a conflict, and marks national additions as set by the authority', () => {
    const conflicts = listOf(shipped, 'adult-labour')?.indicators.filter(
      (i) => i.provenance.confidence === 'conflict',
    );
    expect(conflicts?.map((i) => [i.label.en, i.grade, i.provenance.alternatives?.[0]?.grade])).toEqual([
      ['bad living conditions', 'medium', 'strong'],
      ['hazardous work', 'medium', 'strong'],
      ['low or no salary', 'medium', 'strong'],
    ]);
    const national = shipped.lists.flatMap((l) => l.indicators.filter((i) => i.national !== undefined));
    expect(national.length).toBeGreaterThanOrEqual(5);
    for (const i of national) expect(i.provenance.confidence).toBe('set-by-authority');
    expect(national.map((i) => i.id)).toContain('AL-D5-kw-passport-held-by-sponsor');
  });

  it('advises trafficking for a domestic worker deceived, exploited and coerced, resting on single-source grades', () => {
    const lists = listsFor(shipped, false, ['domestic_servitude']);
    expect(lists.map((l) => l.id)).toEqual(['adult-labour']);
    const present = (dimension: DimensionId, labels: string[]) =>
      lists[0]?.indicators
        .filter((i) => i.dimension === dimension && labels.includes(i.label.en))
        .map((i) => i.id) ?? [];
    const found = [
      ...present('D1', [
        'deceived about nature of job, location or employer',
        'deceived about wages/earnings',
      ]),
      ...present('D4', ['excessive working days or hours', 'wage manipulation']),
      ...present('D5', ['confiscation of documents', 'isolation, confinement or surveillance']),
    ];
    expect(found).toHaveLength(6);
    const answers = new Map<string, Answer>(found.map((id) => [id, 'present']));
    const advice = adviseFromIndicators(shipped, lists, answers);
    expect(advice).toMatchObject({
      outcome: 'indicated',
      catalogueVersion: 'kw-2026.1',
      ruleVersion: 'ilo-ec-2009.1',
    });
    expect(advice.provenance.weak).toBe(true);
  });

  it('shows the differences a revision would bring', () => {
    const revised = structuredClone(shipped);
    revised.version = 'kw-2026.2';
    const list = revised.lists[0];
    const first = list?.indicators[0];
    if (!list || !first) throw new Error('the shipped catalogue has no indicators');
    first.grade = 'medium';
    list.indicators.pop();
    const differences = catalogueDifferences(shipped, revised);
    expect(differences).toMatchObject({ from: 'kw-2026.1', to: 'kw-2026.2', added: [] });
    expect(differences.removed).toHaveLength(1);
    expect(differences.changed).toEqual([
      { list: list.id, indicatorId: first.id, changes: [{ field: 'grade', from: 'strong', to: 'medium' }] },
    ]);
  });

  it('names every problem of an invalid catalogue by its path', () => {
    const broken = structuredClone(shipped) as unknown as Record<string, unknown>;
    const lists = broken['lists'] as { indicators: Record<string, unknown>[] }[];
    const indicator = lists[0]?.indicators[0] as Record<string, unknown>;
    indicator['grade'] = 'very strong';
    delete (indicator['label'] as Record<string, unknown>)['ar'];
    broken['version'] = 'Not A Version!';
    expect(catalogueProblems(broken)).toEqual([
      { field: 'version', message: expect.any(String) },
      { field: 'lists[0].indicators[0].label.ar', message: expect.any(String) },
      { field: 'lists[0].indicators[0].grade', message: expect.any(String) },
    ]);
  });
});
