import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answerOf } from '@nrm/api-client';
import { useAnswer, useApi } from '../../api/api';
import { mayCall } from '../../access';
import { formatDate, formatNumber } from '../../i18n/i18n';
import { Loading } from '../../layout/loading';
import { ProblemNotice } from '../../layout/problem-notice';
import { useSession } from '../../session/session';

/** The user's notifications, urgent first, then newest, with what is unread. */
export function InboxScreen() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { user } = useSession();
  const inbox = useAnswer((client) => answerOf(client.GET('/api/v1/inbox', {})), []);
  // Marking read is idempotent: shown at once, and undone only if the API refuses.
  const [read, setRead] = useState<ReadonlySet<string>>(new Set());
  const items = inbox.data?.items ?? [];
  const unread = items.filter((item) => !item.readAt && !read.has(item.notificationId)).length;

  async function markRead(notificationId: string) {
    setRead((current) => new Set(current).add(notificationId));
    const { response } = await api.POST('/api/v1/inbox/{notificationId}/read', {
      params: { path: { notificationId } },
    });
    if (!response.ok) {
      setRead((current) => new Set([...current].filter((id) => id !== notificationId)));
    }
  }

  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">
        {t('inbox.title')}
        {inbox.data && (
          <span className="count" aria-label={t('inbox.unreadCount', { count: unread })}>
            {formatNumber(unread, i18n.language)}
          </span>
        )}
      </h1>
      <ProblemNotice problem={inbox.error} onRetry={inbox.reload} />
      {inbox.loading && !inbox.data && <Loading />}
      {inbox.data && items.length === 0 && <p>{t('inbox.empty')}</p>}
      <ul className="inbox">
        {items.map((item) => {
          const isUnread = !item.readAt && !read.has(item.notificationId);
          return (
            <li key={item.notificationId} className={isUnread ? 'unread' : undefined}>
              <h2 lang={item.language}>
                {item.urgent && <span className="urgent">{t('inbox.urgent')} </span>}
                {item.title}
              </h2>
              <p lang={item.language}>{item.body}</p>
              <p className="hint">
                {formatDate(item.createdAt, i18n.language, true)}
                {item.caseId && item.caseReference && (
                  <>
                    {' · '}
                    {mayCall(user?.role, 'caseView') ? (
                      <Link to={`/referrals/${item.caseId}`}>{item.caseReference}</Link>
                    ) : (
                      item.caseReference
                    )}
                  </>
                )}
              </p>
              {isUnread && (
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => void markRead(item.notificationId)}
                >
                  {t('inbox.markRead')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
