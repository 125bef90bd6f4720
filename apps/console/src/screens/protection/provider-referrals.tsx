import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerOf, serviceDeclineRequestReasonValues } from '@nrm/api-client';
import { useAnswer, useApi } from '../../api/api';
import { useCommand } from '../../api/use-command';
import { formatDate } from '../../i18n/i18n';
import { Loading } from '../../layout/loading';
import { ProblemNotice } from '../../layout/problem-notice';

type DeclineReason = (typeof serviceDeclineRequestReasonValues)[number];

/** The referrals to the provider's agency: what is needed and by when, never who; accept, decline, complete. */
export function ProviderReferralsScreen() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const list = useAnswer((client) => answerOf(client.GET('/api/v1/protection/service-referrals', {})), []);
  const [reasons, setReasons] = useState<Record<string, DeclineReason>>({});
  const step = (id: string, action: 'accept' | 'decline' | 'complete') =>
    command.run(async () => {
      const params = { params: { path: { id } } };
      if (action === 'accept')
        await answerOf(api.POST('/api/v1/protection/service-referrals/{id}/accept', params));
      if (action === 'complete')
        await answerOf(api.POST('/api/v1/protection/service-referrals/{id}/complete', params));
      if (action === 'decline') {
        await answerOf(
          api.POST('/api/v1/protection/service-referrals/{id}/decline', {
            ...params,
            body: { reason: reasons[id] ?? 'no_capacity' },
          }),
        );
      }
    }, list.reload);
  return (
    <section aria-labelledby="provider-title">
      <h1 id="provider-title">{t('provider.title')}</h1>
      <ProblemNotice problem={list.error ?? command.problem} onRetry={list.reload} />
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.items.length === 0 && <p>{t('state.empty')}</p>}
      {list.data?.items.map((item) => (
        <article
          key={item.serviceReferralId}
          className="card"
          aria-labelledby={`sr-${item.serviceReferralId}`}
        >
          <h2 id={`sr-${item.serviceReferralId}`}>
            {t(`vocab.needType.${item.needType}`)} · {item.caseReference}
          </h2>
          <p>
            {t(`vocab.needPriority.${item.priority}`)} · {formatDate(item.dueOn, i18n.language)} ·{' '}
            {t(`vocab.serviceReferralStatus.${item.status}`)}
            {item.personIsChild && ` · ${t('myReferrals.child')}`}
          </p>
          <div className="actions">
            {item.status === 'pending' && (
              <>
                <button type="button" onClick={() => void step(item.serviceReferralId, 'accept')}>
                  {t('provider.accept')}
                </button>
                <label htmlFor={`reason-${item.serviceReferralId}`}>{t('provider.declineReason')}</label>
                <select
                  id={`reason-${item.serviceReferralId}`}
                  value={reasons[item.serviceReferralId] ?? 'no_capacity'}
                  onChange={(e) =>
                    setReasons({ ...reasons, [item.serviceReferralId]: e.target.value as DeclineReason })
                  }
                >
                  {serviceDeclineRequestReasonValues.map((code) => (
                    <option key={code} value={code}>
                      {t(`vocab.declineReason.${code}`)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => void step(item.serviceReferralId, 'decline')}
                >
                  {t('provider.decline')}
                </button>
              </>
            )}
            {item.status === 'accepted' && (
              <button type="button" onClick={() => void step(item.serviceReferralId, 'complete')}>
                {t('provider.complete')}
              </button>
            )}
          </div>
        </article>
      ))}
    </section>
  );
}
