import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerOf } from '@nrm/api-client';
import { asProblem, useAnswer, useApi } from '../../api/api';
import type { ProblemError } from '@nrm/api-client';
import { mayCall } from '../../access';
import { formatDate, formatNumber } from '../../i18n/i18n';
import { Loading } from '../../layout/loading';
import { ProblemNotice } from '../../layout/problem-notice';
import { useSession } from '../../session/session';

/** Suspected duplicate referrals with the evidence for and against; a supervisor confirms or rejects. */
export function DuplicateReviewScreen() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { user } = useSession();
  const queue = useAnswer(
    (client) =>
      answerOf(client.GET('/api/v1/referrals/duplicates', { params: { query: { status: 'suspected' } } })),
    [],
  );
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ProblemError | undefined>();
  const decides = mayCall(user?.role, 'decideDuplicate');

  async function decide(linkId: string, decision: 'confirmed' | 'rejected') {
    setProblem(undefined);
    try {
      await answerOf(
        api.POST('/api/v1/referrals/duplicates/{linkId}/decision', {
          params: { path: { linkId } },
          body: { decision, reason: reasons[linkId] ?? '' },
        }),
      );
      queue.reload();
    } catch (failure) {
      setProblem(asProblem(failure));
    }
  }

  return (
    <section aria-labelledby="duplicates-title">
      <h1 id="duplicates-title">{t('duplicates.title')}</h1>
      <ProblemNotice problem={queue.error ?? problem} onRetry={queue.reload} />
      {queue.loading && !queue.data && <Loading />}
      {queue.data && queue.data.items.length === 0 && <p>{t('state.empty')}</p>}
      {queue.data?.items.map((link) => (
        <article key={link.linkId} className="card" aria-labelledby={`link-${link.linkId}`}>
          <h2 id={`link-${link.linkId}`}>
            {t('duplicates.pair', { later: link.caseReference, earlier: link.otherCaseReference })}
          </h2>
          <p>
            {t('duplicates.score', { score: formatNumber(Math.round(link.score * 100), i18n.language) })} ·{' '}
            {formatDate(link.detectedAt, i18n.language, true)}
          </p>
          <p>
            {t('duplicates.matchedOn')}{' '}
            {new Intl.ListFormat(i18n.language).format(
              link.matchedOn.map((identifier) => t(`vocab.matchedIdentifier.${identifier}`)),
            )}
          </p>
          {link.explanation && (
            <ul>
              {link.explanation.map((evidence, index) => (
                <li key={index}>
                  {t(`vocab.matchComparison.${evidence.comparison}`)}: <span lang="en">{evidence.level}</span>{' '}
                  ({evidence.weight > 0 ? t('duplicates.for') : t('duplicates.against')})
                </li>
              ))}
            </ul>
          )}
          {decides && (
            <div className="actions">
              <label htmlFor={`reason-${link.linkId}`}>{t('duplicates.reason')}</label>
              <input
                id={`reason-${link.linkId}`}
                value={reasons[link.linkId] ?? ''}
                onChange={(event) => setReasons({ ...reasons, [link.linkId]: event.target.value })}
              />
              <button type="button" onClick={() => void decide(link.linkId, 'confirmed')}>
                {t('duplicates.confirm')}
              </button>
              <button
                type="button"
                className="button-secondary"
                onClick={() => void decide(link.linkId, 'rejected')}
              >
                {t('duplicates.reject')}
              </button>
            </div>
          )}
        </article>
      ))}
    </section>
  );
}
