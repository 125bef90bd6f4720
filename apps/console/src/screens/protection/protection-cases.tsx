import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answerOf } from '@nrm/api-client';
import { useAnswer } from '../../api/api';
import { formatDate } from '../../i18n/i18n';
import { Loading } from '../../layout/loading';
import { ProblemNotice } from '../../layout/problem-notice';

/** The protection cases the agency manages or is tied to: children and urgent risks first. */
export function ProtectionCasesScreen() {
  const { t, i18n } = useTranslation();
  const cases = useAnswer((api) => answerOf(api.GET('/api/v1/protection/cases', {})), []);
  return (
    <section aria-labelledby="protection-title">
      <h1 id="protection-title">{t('protection.title')}</h1>
      <ProblemNotice problem={cases.error} onRetry={cases.reload} />
      {cases.loading && !cases.data && <Loading />}
      {cases.data && cases.data.items.length === 0 && <p>{t('state.empty')}</p>}
      {cases.data && cases.data.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('myReferrals.reference')}</th>
              <th scope="col">{t('protection.nextDue')}</th>
              <th scope="col">{t('myReferrals.child')}</th>
              <th scope="col">{t('protection.urgentRisk')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.data.items.map((item) => (
              <tr key={item.caseId}>
                <td>
                  <Link to={`/protection/${item.caseId}`}>{item.caseReference ?? item.caseId}</Link>
                </td>
                <td>{formatDate(item.nextDueOn, i18n.language)}</td>
                <td>{item.personIsChild ? t('yes') : t('no')}</td>
                <td>{item.urgentRisk ? t('yes') : t('no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
