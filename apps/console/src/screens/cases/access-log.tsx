import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { answerOf } from '@nrm/api-client';
import { useAnswer } from '../../api/api';
import { formatDate } from '../../i18n/i18n';
import { Loading } from '../../layout/loading';
import { ProblemNotice } from '../../layout/problem-notice';

/** Who read or changed a case, in every service, and why (supervisors of an agency holding it). */
export function AccessLogScreen() {
  const { t, i18n } = useTranslation();
  const { caseId = '' } = useParams();
  const log = useAnswer(
    (api) => answerOf(api.GET('/api/v1/cases/{caseId}/access-log', { params: { path: { caseId } } })),
    [caseId],
  );
  return (
    <section aria-labelledby="access-log-title">
      <h1 id="access-log-title">{t('accessLog.title')}</h1>
      <ProblemNotice problem={log.error} onRetry={log.reload} />
      {log.loading && !log.data && <Loading />}
      {log.data && log.data.entries.length === 0 && <p>{t('state.empty')}</p>}
      {log.data && log.data.entries.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('accessLog.at')}</th>
              <th scope="col">{t('accessLog.agency')}</th>
              <th scope="col">{t('accessLog.role')}</th>
              <th scope="col">{t('accessLog.action')}</th>
              <th scope="col">{t('accessLog.what')}</th>
              <th scope="col">{t('accessLog.why')}</th>
            </tr>
          </thead>
          <tbody>
            {log.data.entries.map((entry, index) => (
              <tr key={index}>
                <td>{formatDate(entry.at, i18n.language, true)}</td>
                <td>{entry.agencyId}</td>
                <td>{t(`vocab.role.${entry.role}`)}</td>
                <td>{t(`accessLog.actions.${entry.action}`)}</td>
                <td dir="ltr">{entry.what ?? ''}</td>
                <td>{entry.why ? t(`vocab.accessPurpose.${entry.why}`) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
