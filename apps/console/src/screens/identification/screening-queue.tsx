import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answerOf } from '@nrm/api-client';
import { useAnswer } from '../../api/api';
import { formatDate, formatNumber } from '../../i18n/i18n';
import { Loading } from '../../layout/loading';
import { ProblemNotice } from '../../layout/problem-notice';

/** The competent authority's open screenings: the overdue first, each with its working days left. */
export function ScreeningQueueScreen() {
  const { t, i18n } = useTranslation();
  const queue = useAnswer(
    (api) => answerOf(api.GET('/api/v1/screenings', { params: { query: { status: 'open' } } })),
    [],
  );
  const daysLeft = (days: number | null) => {
    if (days === null) return t('screening.noDeadline');
    if (days < 0) return t('screening.overdue', { days: formatNumber(-days, i18n.language) });
    if (days === 0) return t('screening.dueToday');
    return t('screening.daysLeft', { days: formatNumber(days, i18n.language) });
  };
  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">{t('screening.queueTitle')}</h1>
      <ProblemNotice problem={queue.error} onRetry={queue.reload} />
      {queue.loading && !queue.data && <Loading />}
      {queue.data && queue.data.items.length === 0 && <p>{t('state.empty')}</p>}
      {queue.data && queue.data.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('myReferrals.reference')}</th>
              <th scope="col">{t('screening.deadline')}</th>
              <th scope="col">{t('screening.openedAt')}</th>
              <th scope="col">{t('myReferrals.child')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.data.items.map((item) => (
              <tr
                key={item.caseId}
                className={item.workingDaysLeft !== null && item.workingDaysLeft < 0 ? 'overdue' : undefined}
              >
                <td>
                  <Link to={`/screenings/${item.caseId}`}>{item.caseReference}</Link>
                </td>
                <td>
                  {daysLeft(item.workingDaysLeft)}
                  {item.nextDueOn && (
                    <span className="hint"> ({formatDate(item.nextDueOn, i18n.language)})</span>
                  )}
                </td>
                <td>{formatDate(item.openedAt, i18n.language, true)}</td>
                <td>{item.personIsChild ? t('yes') : t('no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
