import type { Indicator, IndicatorCatalogue } from './indicator-catalogue';

export interface IndicatorChange {
  list: string;
  indicatorId: string;
  /** What changed, each from the active version's value to the proposed one. */
  changes: {
    field: 'dimension' | 'grade' | 'confidence' | 'label' | 'guidance';
    from: unknown;
    to: unknown;
  }[];
}

/** What adopting `proposed` would change against `active`: what an approver reviews before adopting. */
export interface CatalogueDifferences {
  from: string | null;
  to: string;
  rule: {
    versionFrom: string | null;
    versionTo: string;
    thresholdsChanged: boolean;
    outcomesChanged: boolean;
  };
  listsAdded: string[];
  listsRemoved: string[];
  added: { list: string; indicatorId: string; grade: string | null; national: boolean }[];
  removed: { list: string; indicatorId: string }[];
  changed: IndicatorChange[];
  exploitationTypesChanged: boolean;
}

export function catalogueDifferences(
  active: IndicatorCatalogue | null,
  proposed: IndicatorCatalogue,
): CatalogueDifferences {
  const activeLists = new Map((active?.lists ?? []).map((l) => [l.id, l]));
  const proposedLists = new Map(proposed.lists.map((l) => [l.id, l]));
  const differences: CatalogueDifferences = {
    from: active?.version ?? null,
    to: proposed.version,
    rule: {
      versionFrom: active?.rule.version ?? null,
      versionTo: proposed.rule.version,
      thresholdsChanged: !same(active?.rule.dimensionPositiveWhen, proposed.rule.dimensionPositiveWhen),
      outcomesChanged: !same(active?.rule.outcomes, proposed.rule.outcomes),
    },
    listsAdded: [...proposedLists.keys()].filter((id) => !activeLists.has(id)),
    listsRemoved: [...activeLists.keys()].filter((id) => !proposedLists.has(id)),
    added: [],
    removed: [],
    changed: [],
    exploitationTypesChanged: !same(active?.exploitationTypes, proposed.exploitationTypes),
  };
  for (const [listId, list] of proposedLists) {
    const before = new Map((activeLists.get(listId)?.indicators ?? []).map((i) => [i.id, i]));
    const after = new Map(list.indicators.map((i) => [i.id, i]));
    for (const [id, indicator] of after) {
      const old = before.get(id);
      if (!old) {
        differences.added.push({
          list: listId,
          indicatorId: id,
          grade: indicator.grade,
          national: indicator.national !== undefined,
        });
        continue;
      }
      const changes = fieldChanges(old, indicator);
      if (changes.length > 0) differences.changed.push({ list: listId, indicatorId: id, changes });
    }
    for (const id of before.keys())
      if (!after.has(id)) differences.removed.push({ list: listId, indicatorId: id });
  }
  for (const [id, list] of activeLists)
    if (!proposedLists.has(id))
      for (const i of list.indicators) differences.removed.push({ list: id, indicatorId: i.id });
  return differences;
}

function fieldChanges(old: Indicator, next: Indicator): IndicatorChange['changes'] {
  const changes: IndicatorChange['changes'] = [];
  if (old.dimension !== next.dimension)
    changes.push({ field: 'dimension', from: old.dimension, to: next.dimension });
  if (old.grade !== next.grade) changes.push({ field: 'grade', from: old.grade, to: next.grade });
  if (old.provenance.confidence !== next.provenance.confidence)
    changes.push({ field: 'confidence', from: old.provenance.confidence, to: next.provenance.confidence });
  if (!same(old.label, next.label)) changes.push({ field: 'label', from: old.label, to: next.label });
  if (!same(old.guidance, next.guidance))
    changes.push({ field: 'guidance', from: old.guidance, to: next.guidance });
  return changes;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
