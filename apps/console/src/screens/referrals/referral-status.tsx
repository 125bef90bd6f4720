import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { answerOf } from '@nrm/api-client';
import { useAnswer } from '../../api/api';
import { mayCall } from '../../access';
import { formatDate, formatNumber } from '../../i18n/i18n';
import { Loading } from '../../layout/loading';
import { ProblemNotice } from '../../layout/problem-notice';
import { useSession } from '../../session/session';
import { AmendForm, ConsentForm, ReconsiderationForm, WithdrawForm } from './referral-changes';

const Lifecycle = ['referral', 'screening', 'protection', 'prosecution'] as const;
/** The screening statuses a referrer may ask to reconsider. */
const NEGATIVE = new Set(['not_presumed', 'not_confirmed']);

/** One case along the lifecycle, as a timeline: the stages the case view says it has reached. */
export function ReferralStatusScreen() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const { caseId = '' } = useParams();
  const view = useAnswer(
    (api) => answerOf(api.GET('/api/v1/cases/{caseId}', { params: { path: { caseId } } })),
    [caseId],
  );
  const data = view.data;
  const referral = data?.referral;
  const reached = new Set<string>(data?.stagesReached ?? []);
  const withdrawn = referral?.status === 'withdrawn';
  const steps = withdrawn ? (['referral', 'withdrawn'] as const) : Lifecycle;
  const current = withdrawn ? 1 : Math.max(0, ...Lifecycle.map((s, i) => (reached.has(s) ? i : 0)));
  return (
    <section aria-labelledby="referral-title">
      <h1 id="referral-title">{t('referralStatus.title', { reference: data?.caseReference ?? '' })}</h1>
      <ProblemNotice problem={view.error} onRetry={view.reload} />
      {view.loading && !data && <Loading />}
      {data && referral && (
        <>
          <p>
            {formatDate(referral.referredAt, i18n.language, true)} · {t(`vocab.channel.${referral.channel}`)}{' '}
            · {t('referralStatus.version', { version: formatNumber(referral.version, i18n.language) })}
          </p>
          <ul className="badges">
            {referral.handledAsChild && <li>{t('referralStatus.handledAsChild')}</li>}
            {referral.requiresImmediateProtection && <li>{t('referralStatus.urgent')}</li>}
            {referral.personalDataErased && <li>{t('referralStatus.erased')}</li>}
          </ul>
          <h2>{t('referralStatus.timeline')}</h2>
          <ol className="timeline">
            {steps.map((step, index) => {
              const state =
                index < current || (index === current && withdrawn)
                  ? 'done'
                  : index === current
                    ? 'current'
                    : 'next';
              return (
                <li key={step} className={state}>
                  <span>{t(`referralStatus.steps.${step}`)}</span>
                  {state === 'done' && <span className="step-state">{t('referralStatus.done')}</span>}
                  {state === 'current' && <span className="step-state">{t('referralStatus.current')}</span>}
                </li>
              );
            })}
          </ol>
          <h2>{t('referralStatus.notifications')}</h2>
          {data.notifications.length === 0 ? (
            <p>{t('state.empty')}</p>
          ) : (
            <ul>
              {data.notifications.map((notification) => (
                <li key={notification.notificationId}>
                  <span lang={notification.language}>{notification.title}</span> ·{' '}
                  {formatDate(notification.createdAt, i18n.language, true)}
                </li>
              ))}
            </ul>
          )}
          {!withdrawn && mayCall(user?.role, 'amendReferral') && (
            <AmendForm caseId={caseId} referral={referral} onDone={view.reload} />
          )}
          {!withdrawn && mayCall(user?.role, 'changeConsent') && (
            <ConsentForm caseId={caseId} onDone={view.reload} />
          )}
          {NEGATIVE.has(String(data.screening?.['status'] ?? '')) &&
            mayCall(user?.role, 'requestReconsideration') && (
              <ReconsiderationForm caseId={caseId} onDone={view.reload} />
            )}
          {!withdrawn && mayCall(user?.role, 'withdrawReferral') && (
            <WithdrawForm caseId={caseId} onDone={view.reload} />
          )}
          {mayCall(user?.role, 'caseAccessLog') && (
            <p>
              <Link to={`/cases/${caseId}/access-log`}>{t('accessLog.title')}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
