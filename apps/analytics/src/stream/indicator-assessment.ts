import type { IndicatorListId, IndicatorsAssessedV1 } from '@nrm/contracts';
import type { AssessedList, IndicatorAssessment } from './derivation';

/**
 * What the statistics keep of an assessment: the advice and, per list, the dimension results and the
 * indicators found (catalogue codes). A list or dimension given twice counts once, the first kept.
 */
export function indicatorAssessment(d: IndicatorsAssessedV1): IndicatorAssessment {
  const lists = new Map<IndicatorListId, AssessedList>();
  for (const list of d.lists) {
    if (lists.has(list.list)) continue;
    const dimensions = new Map<string, AssessedList['dimensions'][number]>();
    for (const dimension of list.dimensions) {
      if (dimensions.has(dimension.dimension)) continue;
      dimensions.set(dimension.dimension, {
        dimension: dimension.dimension,
        positive: dimension.positive,
        presentIndicatorIds: [...new Set(dimension.presentIndicatorIds)].sort(),
      });
    }
    lists.set(list.list, {
      list: list.list,
      outcome: list.outcome,
      dimensions: [...dimensions.values()].sort((a, b) => a.dimension.localeCompare(b.dimension)),
    });
  }
  return {
    assessedAt: d.assessedAt,
    outcome: d.outcome,
    complete: d.complete,
    restsOnWeakProvenance: d.restsOnWeakProvenance,
    child: d.personIsChild,
    catalogueVersion: d.catalogueVersion,
    ruleVersion: d.ruleVersion,
    lists: [...lists.values()],
  };
}
