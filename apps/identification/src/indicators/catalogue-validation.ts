import { Confidences, DimensionIds, Grades, ListIds, Outcomes } from './indicator-catalogue';
import type { IndicatorCatalogue } from './indicator-catalogue';

/** One thing wrong with a catalogue, named by its path (e.g. `lists[0].indicators[3].grade`). */
export interface CatalogueProblem {
  field: string;
  message: string;
}

export class CatalogueInvalid extends Error {
  constructor(readonly problems: CatalogueProblem[]) {
    super(
      `the indicator catalogue is not valid: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
    );
  }
}

export const CATALOGUE_VERSION = /^[a-z0-9][a-z0-9.+-]{0,39}$/;
const INDICATOR_ID = /^[A-Za-z0-9-]{3,80}$/;
const SOURCE_ID = /^[A-Za-z0-9-]{1,20}$/;
const MOST_INDICATORS = 400;

type Json = Record<string, unknown>;

/** Checks a catalogue read from a file or a request; answers it typed, or throws every problem found. */
export function parseCatalogue(input: unknown): IndicatorCatalogue {
  const problems = catalogueProblems(input);
  if (problems.length > 0) throw new CatalogueInvalid(problems);
  return input as IndicatorCatalogue;
}

export function catalogueProblems(input: unknown): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const report = (field: string, message: string) => {
    if (problems.length < 50) problems.push({ field, message });
  };
  if (!isObject(input)) return [{ field: '', message: 'must be a JSON object' }];
  const c = input;
  if (typeof c['version'] !== 'string' || !CATALOGUE_VERSION.test(c['version']))
    report('version', 'must be lowercase letters, digits, ".", "+" or "-", at most 40 characters');
  if (typeof c['jurisdiction'] !== 'string' || !/^[A-Z]{2}$/.test(c['jurisdiction']))
    report('jurisdiction', 'must be an ISO 3166 alpha-2 code');
  checkText(c['title'], 'title', report);
  if (typeof c['basedOn'] !== 'string' || c['basedOn'].length === 0) report('basedOn', 'must be a text');

  const sourceIds = new Set<string>();
  eachOf(c['sources'], 'sources', report, (s, at) => {
    if (!isObject(s)) return report(at, 'must be an object');
    if (typeof s['id'] !== 'string' || !SOURCE_ID.test(s['id'])) report(`${at}.id`, 'must be a short id');
    else if (sourceIds.has(s['id'])) report(`${at}.id`, 'the same id is given twice');
    else sourceIds.add(s['id']);
    if (typeof s['title'] !== 'string' || s['title'].length === 0) report(`${at}.title`, 'must be a text');
    if (s['url'] !== undefined && (typeof s['url'] !== 'string' || !/^https?:\/\//.test(s['url'])))
      report(`${at}.url`, 'must be an http(s) URL');
  });

  const dimensions = Array.isArray(c['dimensions']) ? c['dimensions'] : [];
  eachOf(c['dimensions'], 'dimensions', report, (d, at) => {
    if (!isObject(d)) return report(at, 'must be an object');
    checkText(d['label'], `${at}.label`, report);
    if (!['means', 'purpose'].includes(d['palermoElement'] as string))
      report(`${at}.palermoElement`, 'must be means or purpose');
  });
  const dimensionIds = dimensions.map((d) => (isObject(d) ? d['id'] : undefined));
  if (
    DimensionIds.some((id) => dimensionIds.filter((d) => d === id).length !== 1) ||
    dimensionIds.length !== 6
  )
    report('dimensions', `must give each of ${DimensionIds.join(', ')} once`);

  const outcomeRules = checkRule(c['rule'], sourceIds, report);

  const indicatorIds = new Set<string>();
  const listIds = new Set<string>();
  let total = 0;
  eachOf(c['lists'], 'lists', report, (l, at) => {
    if (!isObject(l)) return report(at, 'must be an object');
    if (!(ListIds as readonly unknown[]).includes(l['id']))
      report(`${at}.id`, `must be one of ${ListIds.join(', ')}`);
    else if (listIds.has(l['id'] as string)) report(`${at}.id`, 'the same list is given twice');
    else listIds.add(l['id'] as string);
    checkText(l['label'], `${at}.label`, report);
    if (!['adult', 'child'].includes(l['age'] as string)) report(`${at}.age`, 'must be adult or child');
    if (!['labour', 'sexual'].includes(l['exploitation'] as string))
      report(`${at}.exploitation`, 'must be labour or sexual');
    if (typeof l['outcomes'] !== 'string' || !outcomeRules.has(l['outcomes']))
      report(`${at}.outcomes`, 'must name an outcome rule of rule.outcomes');
    eachOf(l['indicators'], `${at}.indicators`, report, (i, iat) => {
      total += 1;
      checkIndicator(i, iat, sourceIds, indicatorIds, report);
    });
  });
  if (total > MOST_INDICATORS) report('lists', `at most ${MOST_INDICATORS} indicators in all`);

  const types = c['exploitationTypes'];
  if (!isObject(types)) report('exploitationTypes', 'must give the labour and sexual exploitation types');
  else
    for (const key of ['labour', 'sexual'])
      if (!Array.isArray(types[key]) || types[key].some((t) => typeof t !== 'string'))
        report(`exploitationTypes.${key}`, 'must be a list of exploitation types');
  return problems;
}

function checkRule(
  rule: unknown,
  sourceIds: Set<string>,
  report: (field: string, message: string) => void,
): Set<string> {
  const names = new Set<string>();
  if (!isObject(rule)) {
    report('rule', 'must be an object');
    return names;
  }
  if (typeof rule['version'] !== 'string' || rule['version'].length === 0 || rule['version'].length > 40)
    report('rule.version', 'must be a text of at most 40 characters');
  checkProvenance(rule['provenance'], 'rule.provenance', sourceIds, report);
  eachOf(rule['dimensionPositiveWhen'], 'rule.dimensionPositiveWhen', report, (clause, at) => {
    const seen = new Set<string>();
    eachOf(clause, at, report, (term, tat) => {
      if (!isObject(term)) return report(tat, 'must be an object');
      if (!Number.isInteger(term['atLeast']) || (term['atLeast'] as number) < 1)
        report(`${tat}.atLeast`, 'must be a whole number of at least 1');
      const grades = term['grades'];
      if (
        !Array.isArray(grades) ||
        grades.length === 0 ||
        grades.some((g) => !(Grades as readonly unknown[]).includes(g))
      )
        return report(`${tat}.grades`, `must list grades among ${Grades.join(', ')}`);
      // Terms of one clause are met by distinct indicators: no grade may serve two of them.
      for (const g of grades as string[]) {
        if (seen.has(g)) report(`${tat}.grades`, `${g} is already counted by another term of this clause`);
        seen.add(g);
      }
    });
  });
  const outcomes = rule['outcomes'];
  if (!isObject(outcomes) || Object.keys(outcomes).length === 0) {
    report('rule.outcomes', 'must name at least one outcome rule');
    return names;
  }
  for (const [name, clauses] of Object.entries(outcomes)) {
    if (!/^[a-z][a-z-]{0,39}$/.test(name)) {
      report('rule.outcomes', 'outcome rule names must be lowercase words joined by "-"');
      continue;
    }
    names.add(name);
    eachOf(clauses, `rule.outcomes.${name}`, report, (clause, at) => {
      if (!isObject(clause)) return report(at, 'must be an object');
      if (!Outcomes.filter((o) => o !== 'not-indicated').includes(clause['outcome'] as never))
        report(`${at}.outcome`, 'must be indicated or labour-rights-case');
      eachOf(clause['whenPositive'], `${at}.whenPositive`, report, (group, gat) => {
        if (
          !Array.isArray(group) ||
          group.length === 0 ||
          group.some((d) => !(DimensionIds as readonly unknown[]).includes(d))
        )
          report(gat, `must list dimensions among ${DimensionIds.join(', ')}`);
      });
    });
  }
  return names;
}

function checkIndicator(
  i: unknown,
  at: string,
  sourceIds: Set<string>,
  seen: Set<string>,
  report: (field: string, message: string) => void,
): void {
  if (!isObject(i)) return report(at, 'must be an object');
  if (typeof i['id'] !== 'string' || !INDICATOR_ID.test(i['id']))
    report(`${at}.id`, 'must be 3-80 letters, digits or "-"');
  else if (seen.has(i['id'])) report(`${at}.id`, 'the same indicator id is given twice');
  else seen.add(i['id']);
  if (!(DimensionIds as readonly unknown[]).includes(i['dimension']))
    report(`${at}.dimension`, `must be one of ${DimensionIds.join(', ')}`);
  checkText(i['label'], `${at}.label`, report);
  checkText(i['guidance'], `${at}.guidance`, report);
  if (i['grade'] !== null && !(Grades as readonly unknown[]).includes(i['grade']))
    report(`${at}.grade`, `must be ${Grades.join(', ')} or null (not established)`);
  if (i['national'] !== undefined && (typeof i['national'] !== 'string' || !/^[A-Z]{2}$/.test(i['national'])))
    report(`${at}.national`, 'must be an ISO 3166 alpha-2 code');
  const provenance = checkProvenance(i['provenance'], `${at}.provenance`, sourceIds, report);
  if (provenance) {
    const unset = provenance['confidence'] === 'not-established';
    if (unset !== (i['grade'] === null))
      report(
        `${at}.grade`,
        unset
          ? 'must be null: its confidence is not-established'
          : 'is null: its confidence must be not-established',
      );
  }
}

function checkProvenance(
  p: unknown,
  at: string,
  sourceIds: Set<string>,
  report: (field: string, message: string) => void,
): Json | undefined {
  if (!isObject(p)) {
    report(at, 'must give sources and a confidence');
    return undefined;
  }
  if (!Array.isArray(p['sources']) || p['sources'].some((s) => !sourceIds.has(s as string)))
    report(`${at}.sources`, 'must list ids of the catalogue sources');
  if (!(Confidences as readonly unknown[]).includes(p['confidence']))
    report(`${at}.confidence`, `must be one of ${Confidences.join(', ')}`);
  const alternatives = p['alternatives'];
  if (p['confidence'] === 'conflict') {
    if (!Array.isArray(alternatives) || alternatives.length === 0)
      report(`${at}.alternatives`, 'a conflict must give the grades other sources give');
  } else if (alternatives !== undefined) report(`${at}.alternatives`, 'only a conflict has alternatives');
  if (Array.isArray(alternatives))
    alternatives.forEach((a, n) => {
      if (!isObject(a) || !(Grades as readonly unknown[]).includes(a['grade']))
        report(`${at}.alternatives[${n}].grade`, `must be one of ${Grades.join(', ')}`);
      else if (!Array.isArray(a['sources']) || a['sources'].some((s) => !sourceIds.has(s as string)))
        report(`${at}.alternatives[${n}].sources`, 'must list ids of the catalogue sources');
    });
  if ((p['sources'] as unknown[] | undefined)?.length === 0 && p['confidence'] !== 'not-established')
    report(`${at}.sources`, 'only a grade that is not established may have no source');
  return p;
}

function checkText(t: unknown, at: string, report: (field: string, message: string) => void): void {
  if (!isObject(t)) return report(at, 'must give en and ar');
  for (const lang of ['en', 'ar'])
    if (
      typeof t[lang] !== 'string' ||
      (t[lang] as string).trim().length === 0 ||
      (t[lang] as string).length > 600
    )
      report(`${at}.${lang}`, 'must be a text of at most 600 characters');
}

function eachOf(
  value: unknown,
  at: string,
  report: (field: string, message: string) => void,
  check: (item: unknown, at: string) => void,
): void {
  if (!Array.isArray(value) || value.length === 0) return report(at, 'must be a non-empty list');
  value.forEach((item, n) => check(item, `${at}[${n}]`));
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
