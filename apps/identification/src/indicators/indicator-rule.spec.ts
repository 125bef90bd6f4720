import type { Grade, Indicator, IndicatorCatalogue, IndicatorList, ListId } from './indicator-catalogue';
import { DimensionIds } from './indicator-catalogue';
import { adviseFromIndicators, dimensionIsPositive, listsFor } from './indicator-rule';
import type { Answer } from './indicator-rule';

/** The rule as the shipped catalogue states it (checked against the file in indicator-catalogue-seed.spec.ts). */
const rule: IndicatorCatalogue['rule'] = {
  version: 'test.1',
  provenance: { sources: ['GH'], confidence: 'single-source' },
  dimensionPositiveWhen: [
    [{ grades: ['strong'], atLeast: 2 }],
    [
      { grades: ['strong'], atLeast: 1 },
      { grades: ['medium', 'weak'], atLeast: 1 },
    ],
    [{ grades: ['medium'], atLeast: 3 }],
    [
      { grades: ['medium'], atLeast: 2 },
      { grades: ['weak'], atLeast: 1 },
    ],
  ],
  outcomes: {
    'adult-labour': [
      { outcome: 'indicated', whenPositive: [['D1', 'D2', 'D3'], ['D4'], ['D5', 'D6']] },
      { outcome: 'labour-rights-case', whenPositive: [['D4']] },
    ],
    'adult-sexual': [{ outcome: 'indicated', whenPositive: [['D1', 'D2', 'D3'], ['D4'], ['D5', 'D6']] }],
    child: [{ outcome: 'indicated', whenPositive: [['D4']] }],
  },
};

/** In every dimension of a list: two strong, three medium, two weak and one ungraded indicator. */
const SLOTS: [string, Grade | null][] = [
  ['s1', 'strong'],
  ['s2', 'strong'],
  ['m1', 'medium'],
  ['m2', 'medium'],
  ['m3', 'medium'],
  ['w1', 'weak'],
  ['w2', 'weak'],
  ['u1', null],
];

function list(id: ListId, outcomes: string): IndicatorList {
  const [age, exploitation] = id.split('-') as ['adult' | 'child', 'labour' | 'sexual'];
  const indicators = DimensionIds.flatMap((d) =>
    SLOTS.map(([slot, grade]): Indicator => ({
      id: `${id}-${d}-${slot}`,
      dimension: d,
      label: { en: slot, ar: slot },
      guidance: { en: slot, ar: slot },
      grade,
      provenance:
        grade === null
          ? { sources: [], confidence: 'not-established' }
          : { sources: ['GH'], confidence: 'single-source' },
    })),
  );
  return { id, label: { en: id, ar: id }, age, exploitation, outcomes, indicators };
}

const catalogue: IndicatorCatalogue = {
  version: 'test-1',
  jurisdiction: 'KW',
  title: { en: 't', ar: 't' },
  basedOn: 'WCMS_105023',
  sources: [{ id: 'GH', title: 'GH' }],
  dimensions: DimensionIds.map((id) => ({
    id,
    label: { en: id, ar: id },
    palermoElement: id === 'D4' ? 'purpose' : 'means',
  })),
  rule,
  lists: [
    list('adult-labour', 'adult-labour'),
    list('child-labour', 'child'),
    list('adult-sexual', 'adult-sexual'),
    list('child-sexual', 'child'),
  ],
  exploitationTypes: { labour: ['forced_labour', 'domestic_servitude'], sexual: ['sexual_exploitation'] },
};

const listOf = (id: ListId) => catalogue.lists.find((l) => l.id === id) as IndicatorList;

/** Answers `present` for `dimension:slot,slot` entries, e.g. `D1:s1,m1`; every other indicator is absent. */
function answers(listId: ListId, found: string[], unanswered: string[] = []): Map<string, Answer> {
  const present = new Set(
    found.flatMap((f) => {
      const [d, slots] = f.split(':') as [string, string];
      return slots.split(',').map((s) => `${listId}-${d}-${s}`);
    }),
  );
  const open = new Set(unanswered.map((u) => `${listId}-${u.replace(':', '-')}`));
  return new Map(
    listOf(listId)
      .indicators.filter((i) => !open.has(i.id))
      .map((i) => [i.id, present.has(i.id) ? 'present' : 'absent']),
  );
}

const advise = (listId: ListId, found: string[], unanswered: string[] = []) =>
  adviseFromIndicators(catalogue, [listOf(listId)], answers(listId, found, unanswered));

describe('a dimension is positive', () => {
  it.each<[string, Grade[], boolean]>([
    ['two strong', ['strong', 'strong'], true],
    ['strong with medium', ['strong', 'medium'], true],
    ['strong with weak', ['strong', 'weak'], true],
    ['three medium', ['medium', 'medium', 'medium'], true],
    ['two medium with weak', ['medium', 'medium', 'weak'], true],
    ['more than enough', ['strong', 'medium', 'medium', 'weak', 'weak'], true],
    ['one strong alone: no', ['strong'], false],
    ['two medium alone: no', ['medium', 'medium'], false],
    ['one medium with two weak: no', ['medium', 'weak', 'weak'], false],
    ['weak only, however many: no', ['weak', 'weak', 'weak', 'weak'], false],
    ['one medium with one weak: no', ['medium', 'weak'], false],
    ['nothing found: no', [], false],
  ])('%s', (_, grades, positive) => {
    expect(dimensionIsPositive(rule, grades)).toBe(positive);
  });

  it('counts only indicators found present, and names them', () => {
    const advice = advise('adult-labour', ['D1:s1,w1', 'D2:s1']);
    const [d1, d2] = advice.lists[0]?.dimensions ?? [];
    expect(d1).toMatchObject({
      dimension: 'D1',
      positive: true,
      indicatorIds: ['adult-labour-D1-s1', 'adult-labour-D1-w1'],
    });
    expect(d2).toMatchObject({ dimension: 'D2', positive: false, indicatorIds: ['adult-labour-D2-s1'] });
  });
});

describe('the adult outcome', () => {
  it.each<[string, string[], string]>([
    [
      'deceptive recruitment, exploitation and coercion at destination',
      ['D1:s1,s2', 'D4:s1,m1', 'D5:m1,m2,m3'],
      'indicated',
    ],
    [
      'coercive recruitment, exploitation and vulnerability at destination',
      ['D2:s1,m1', 'D4:m1,m2,m3', 'D6:m1,m2,w1'],
      'indicated',
    ],
    [
      'abuse of vulnerability at recruitment stands in for the means',
      ['D3:m1,m2,m3', 'D4:s1,s2', 'D5:s1,s2'],
      'indicated',
    ],
    ['exploitation alone: a labour-rights case', ['D4:s1,s2'], 'labour-rights-case'],
    [
      'exploitation after deception, no coercion at destination',
      ['D1:s1,s2', 'D4:s1,s2'],
      'labour-rights-case',
    ],
    ['exploitation and coercion, without recruitment means', ['D4:s1,s2', 'D5:s1,s2'], 'labour-rights-case'],
    ['means without exploitation', ['D1:s1,s2', 'D2:s1,s2', 'D5:s1,s2', 'D6:s1,s2'], 'not-indicated'],
    ['a near miss in exploitation', ['D1:s1,s2', 'D4:m1,m2', 'D5:s1,s2'], 'not-indicated'],
    ['nothing found', [], 'not-indicated'],
  ])('%s: %s', (_, found, outcome) => {
    expect(advise('adult-labour', found).outcome).toBe(outcome);
  });

  it('has no labour-rights outcome in the sexual list', () => {
    expect(advise('adult-sexual', ['D4:s1,s2']).outcome).toBe('not-indicated');
    expect(advise('adult-sexual', ['D2:s1,s2', 'D4:s1,s2', 'D5:s1,m1']).outcome).toBe('indicated');
  });
});

describe('the child rule: the means are not required', () => {
  it.each<[ListId, string[], string]>([
    ['child-labour', ['D4:s1,m1'], 'indicated'],
    ['child-labour', ['D4:m1,m2,w1'], 'indicated'],
    ['child-sexual', ['D4:s1,s2'], 'indicated'],
    ['child-labour', ['D4:m1,m2'], 'not-indicated'],
    ['child-labour', ['D1:s1,s2', 'D2:s1,s2', 'D5:s1,s2'], 'not-indicated'],
  ])('%s with %s: %s', (listId, found, outcome) => {
    expect(advise(listId, found).outcome).toBe(outcome);
  });
});

describe('an advice says how far it can be trusted', () => {
  it('carries the catalogue and rule versions, and counts answers', () => {
    const advice = advise('adult-labour', ['D1:s1'], ['D2:m1', 'D2:m2']);
    expect(advice).toMatchObject({
      catalogueVersion: 'test-1',
      ruleVersion: 'test.1',
      unanswered: 2,
      answered: 46,
    });
  });

  it('is incomplete while an indicator without a grade is present or unanswered, and never counts it', () => {
    const present = advise('adult-sexual', ['D4:u1,s1']);
    expect(present.complete).toBe(false);
    expect(present.lists[0]?.dimensions[3]).toMatchObject({
      positive: false,
      ungradedPresentIds: ['adult-sexual-D4-u1'],
    });
    expect(advise('adult-sexual', [], ['D6:u1']).complete).toBe(false);
    expect(advise('adult-sexual', ['D4:s1']).complete).toBe(true);
  });

  it('names the confidence of every grade it counted, and flags single-source ones', () => {
    const advice = advise('adult-labour', ['D1:s1,m1']);
    expect(advice.provenance).toEqual({
      rule: 'single-source',
      grades: { 'single-source': ['adult-labour-D1-s1', 'adult-labour-D1-m1'] },
      weak: true,
    });
  });

  it('says when the outcome would differ under the conflicting grade', () => {
    const conflicted: IndicatorCatalogue = {
      ...catalogue,
      rule: { ...rule, provenance: { sources: ['GH'], confidence: 'two-sources' } },
      lists: [
        {
          ...listOf('adult-labour'),
          indicators: listOf('adult-labour').indicators.map((i) =>
            i.id === 'adult-labour-D4-m1'
              ? {
                  ...i,
                  provenance: {
                    sources: ['GH'],
                    confidence: 'conflict',
                    alternatives: [{ grade: 'strong', sources: ['GH'] }],
                  },
                }
              : { ...i, provenance: { sources: ['GH'], confidence: 'two-sources' } },
          ),
        },
      ],
    };
    const list = conflicted.lists[0] as IndicatorList;
    const found = answers('adult-labour', ['D4:m1,s1']);
    expect(adviseFromIndicators(conflicted, [list], found)).toMatchObject({
      outcome: 'labour-rights-case',
      provenance: { weak: true, grades: { conflict: ['adult-labour-D4-m1'] } },
    });
    const close = answers('adult-labour', ['D4:m1,w1']);
    expect(adviseFromIndicators(conflicted, [list], close)).toMatchObject({
      outcome: 'not-indicated',
      outcomeWithAlternativeGrades: 'labour-rights-case',
    });
  });

  it('gives the most serious outcome over both lists when the exploitation type is unknown', () => {
    const lists = listsFor(catalogue, false, ['other']);
    expect(lists.map((l) => l.id)).toEqual(['adult-labour', 'adult-sexual']);
    const both = new Map([...answers('adult-labour', ['D4:s1,s2']), ...answers('adult-sexual', [])]);
    expect(adviseFromIndicators(catalogue, lists, both).outcome).toBe('labour-rights-case');
  });
});

describe('which lists apply', () => {
  it.each<[boolean, string[], ListId[]]>([
    [false, ['forced_labour'], ['adult-labour']],
    [false, ['domestic_servitude', 'forced_labour'], ['adult-labour']],
    [false, ['sexual_exploitation'], ['adult-sexual']],
    [true, ['sexual_exploitation'], ['child-sexual']],
    [true, ['forced_labour', 'sexual_exploitation'], ['child-labour', 'child-sexual']],
    [false, [], ['adult-labour', 'adult-sexual']],
    [false, ['forced_labour', 'organ_removal'], ['adult-labour', 'adult-sexual']],
  ])('child %s, types %j: %j', (child, types, expected) => {
    expect(listsFor(catalogue, child, types).map((l) => l.id)).toEqual(expected);
  });
});
