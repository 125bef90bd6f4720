import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerOf } from '@nrm/api-client';
import type { components } from '@nrm/api-client';
import { useAnswer } from '../../api/api';
import { formatNumber } from '../../i18n/i18n';
import { Loading } from '../../layout/loading';
import { ProblemNotice } from '../../layout/problem-notice';

type Cell = components['schemas']['StatisticsCellResponse'];

/** The published tables and what each may be counted by (the API's description of statisticsTable). */
const Tables = {
  referrals: ['channel', 'month', 'agencyType', 'ageBand', 'sex', 'nationality', 'exploitationType', 'child'],
  'anonymous-notices': ['channel', 'month', 'ageBand', 'sex', 'nationality', 'exploitationType'],
  'case-stages': ['stage', 'month', 'outcome', 'serviceType'],
  prosecutions: ['stage', 'month', 'article', 'verdictOutcome'],
} as const;
type Table = keyof typeof Tables;

/** Dimensions whose values are codes the console names (`vocab.<name>.<code>`); the rest show as they are. */
const NamedDimensions: Readonly<Record<string, string>> = {
  channel: 'vocab.channel',
  sex: 'vocab.sex',
  exploitationType: 'vocab.exploitationType',
  agencyType: 'vocab.agencyType',
};

/**
 * The suppressed statistics as a table and a bar chart. A suppressed count is shown as suppressed,
 * never as zero, and has no bar.
 */
export function StatisticsScreen() {
  const { t, i18n } = useTranslation();
  const [table, setTable] = useState<Table>('referrals');
  const [by, setBy] = useState<string>(Tables.referrals[0]);
  const answer = useAnswer(
    (api) => answerOf(api.GET('/api/v1/statistics/{table}', { params: { path: { table }, query: { by } } })),
    [table, by],
  );
  // Asked without format=csv, the answer is the JSON table (the document also lists the CSV text).
  const data = typeof answer.data === 'object' ? answer.data : undefined;
  const cells = data?.cells ?? [];
  const largest = Math.max(1, ...cells.map((cell) => cell.count ?? 0));
  const value = (cell: Cell) => String(cell[by] ?? '');
  const label = (cell: Cell) =>
    NamedDimensions[by]
      ? t(`${NamedDimensions[by]}.${value(cell)}`, { defaultValue: value(cell) })
      : value(cell);
  return (
    <section aria-labelledby="statistics-title">
      <h1 id="statistics-title">{t('statistics.title')}</h1>
      <div className="filters">
        <label>
          {t('statistics.table')}
          <select
            value={table}
            onChange={(event) => {
              const next = event.target.value as Table;
              setTable(next);
              setBy(Tables[next][0]);
            }}
          >
            {Object.keys(Tables).map((name) => (
              <option key={name} value={name}>
                {t(`statistics.tables.${name}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('statistics.by')}
          <select value={by} onChange={(event) => setBy(event.target.value)}>
            {Tables[table].map((dimension) => (
              <option key={dimension} value={dimension}>
                {t(`statistics.dimensions.${dimension}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ProblemNotice problem={answer.error} onRetry={answer.reload} />
      {answer.loading && !data && <Loading />}
      {data && (
        <>
          <p className="hint">
            {t('statistics.suppression', { k: formatNumber(data.minimumCell, i18n.language) })}
          </p>
          {cells.length === 0 ? (
            <p>{t('state.empty')}</p>
          ) : (
            <table>
              <caption>{t(`statistics.tables.${table}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(`statistics.dimensions.${by}`)}</th>
                  <th scope="col">{t('statistics.count')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('statistics.chart')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {cells.map((cell) => (
                  <tr key={value(cell)}>
                    <th scope="row">{label(cell)}</th>
                    <td>
                      {cell.suppressed || cell.count === null ? (
                        <span className="suppressed">{t('statistics.suppressed')}</span>
                      ) : (
                        formatNumber(cell.count, i18n.language)
                      )}
                    </td>
                    <td aria-hidden="true">
                      {!cell.suppressed && cell.count !== null && (
                        <span className="bar" style={{ inlineSize: `${(100 * cell.count) / largest}%` }} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
