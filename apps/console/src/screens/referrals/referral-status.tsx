import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { answerOf } from '@nrm/api-client';
import { useAnswer } from '../../api/api';
import { formatDate, formatNumber } from '../../i18n/i18n';
import { Loading } from '../../layout/loading';
import { ProblemNotice } from '../../layout/problem-notice';

const Lifecycle = ['received', 'screening', 'decision', 'protection'] as const;

/** One referral's status along the lifecycle, as a timeline. */
export function ReferralStatusScreen() {
  const { t, i18n } = useTranslation();
  const { caseId = '' } = useParams();
  const referral = useAnswer(
    (api) => answerOf(api.GET('/api/v1/referrals/{caseId}', { params: { path: { caseId } } })),
    [caseId],
  );
  const data = referral.data;
  const steps = data?.status === 'withdrawn' ? (['received', 'withdrawn'] as const) : Lifecycle;
  // The referral's own answer tells received or withdrawn; the next steps follow in the inbox.
  const current = data?.status === 'withdrawn' ? 1 : 1;
  return (
    <section aria-labelledby="referral-title">
      <h1 id="referral-title">{t('referralStatus.title', { reference: data?.caseReference ?? '' })}</h1>
      <ProblemNotice problem={referral.error} onRetry={referral.reload} />
      {referral.loading && !data && <Loading />}
      {data && (
        <>
          <p>
            {formatDate(data.referredAt, i18n.language, true)} · {t(`vocab.channel.${data.channel}`)} ·{' '}
            {t('referralStatus.version', { version: formatNumber(data.version, i18n.language) })}
          </p>
          <ul className="badges">
            {data.handledAsChild && <li>{t('referralStatus.handledAsChild')}</li>}
            {data.requiresImmediateProtection && <li>{t('referralStatus.urgent')}</li>}
            {data.personalDataErased && <li>{t('referralStatus.erased')}</li>}
          </ul>
          <h2>{t('referralStatus.timeline')}</h2>
          <ol className="timeline">
            {steps.map((step, index) => (
              <li key={step} className={index < current ? 'done' : index === current ? 'current' : 'next'}>
                <span>{t(`referralStatus.steps.${step}`)}</span>
                {index < current && <span className="step-state">{t('referralStatus.done')}</span>}
                {index === current && <span className="step-state">{t('referralStatus.current')}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
