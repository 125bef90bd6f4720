import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answerOf } from '@nrm/api-client';
import { useAnswer } from '../../api/api';
import { formatDate } from '../../i18n/i18n';
import { Loading } from '../../layout/loading';
import { ProblemNotice } from '../../layout/problem-notice';

/** The agency's referrals, newest first, each with its status. */
export function MyReferralsScreen() {
  const { t, i18n } = useTranslation();
  const page = useAnswer(
    (api) => answerOf(api.GET('/api/v1/referrals', { params: { query: { limit: '50' } } })),
    [],
  );
  return (
    <section aria-labelledby="my-referrals-title">
      <h1 id="my-referrals-title">{t('myReferrals.title')}</h1>
      <ProblemNotice problem={page.error} onRetry={page.reload} />
      {page.loading && !page.data && <Loading />}
      {page.data && page.data.items.length === 0 && <p>{t('state.empty')}</p>}
      {page.data && page.data.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('myReferrals.reference')}</th>
              <th scope="col">{t('myReferrals.referredAt')}</th>
              <th scope="col">{t('myReferrals.status')}</th>
              <th scope="col">{t('myReferrals.child')}</th>
            </tr>
          </thead>
          <tbody>
            {page.data.items.map((referral) => (
              <tr key={referral.caseId}>
                <td>
                  <Link to={`/referrals/${referral.caseId}`}>{referral.caseReference}</Link>
                </td>
                <td>{formatDate(referral.referredAt, i18n.language, true)}</td>
                <td>{t(`vocab.referralStatus.${referral.status}`)}</td>
                <td>{referral.handledAsChild ? t('yes') : t('no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
