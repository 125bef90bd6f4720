import type { VerdictOutcome } from '@nrm/contracts';

export interface VerdictFact {
  lawCode: string;
  article: string;
  outcome: VerdictOutcome;
  decidedOn: string;
  /** The earliest referral among the investigation's cases, when known. */
  referredOn?: string;
}

export interface ProsecutionStatistics {
  year: number;
  investigationsOpened: number;
  prosecutions: number;
  verdictsByOutcome: Record<VerdictOutcome, number>;
  convictionsByArticle: { lawCode: string; article: string; convictions: number }[];
  referralToVerdictDays: { verdicts: number; median: number | null; mean: number | null };
}

const DAY_MS = 86_400_000;

/** The committee's figures for a year, from verdict facts and counts of investigations and prosecutions. */
export function prosecutionStatistics(
  year: number,
  investigationsOpened: number,
  prosecutions: number,
  verdicts: readonly VerdictFact[],
): ProsecutionStatistics {
  const inYear = verdicts.filter((v) => v.decidedOn.startsWith(`${year}-`));
  const verdictsByOutcome: Record<VerdictOutcome, number> = { convicted: 0, acquitted: 0, dismissed: 0 };
  const byArticle = new Map<string, { lawCode: string; article: string; convictions: number }>();
  for (const v of inYear) {
    verdictsByOutcome[v.outcome] += 1;
    if (v.outcome !== 'convicted') continue;
    const key = `${v.lawCode}\u0000${v.article}`;
    const row = byArticle.get(key) ?? { lawCode: v.lawCode, article: v.article, convictions: 0 };
    row.convictions += 1;
    byArticle.set(key, row);
  }
  const days = inYear
    .filter((v) => v.referredOn)
    .map((v) => Math.round((Date.parse(v.decidedOn) - Date.parse(v.referredOn!)) / DAY_MS))
    .sort((a, b) => a - b);
  const median =
    days.length === 0
      ? null
      : days.length % 2 === 1
        ? days[(days.length - 1) / 2]
        : (days[days.length / 2 - 1] + days[days.length / 2]) / 2;
  const mean =
    days.length === 0 ? null : Math.round((days.reduce((s, d) => s + d, 0) / days.length) * 10) / 10;
  return {
    year,
    investigationsOpened,
    prosecutions,
    verdictsByOutcome,
    convictionsByArticle: [...byArticle.values()].sort(
      (a, b) =>
        b.convictions - a.convictions ||
        a.lawCode.localeCompare(b.lawCode) ||
        a.article.localeCompare(b.article),
    ),
    referralToVerdictDays: { verdicts: days.length, median, mean },
  };
}
