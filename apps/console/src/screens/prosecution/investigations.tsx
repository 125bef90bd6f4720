import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { answerOf } from '@nrm/api-client';
import { useAnswer, useApi } from '../../api/api';
import { useCommand } from '../../api/use-command';
import { mayCall } from '../../access';
import { formatDate, formatNumber } from '../../i18n/i18n';
import { Field } from '../../layout/fields';
import { Loading } from '../../layout/loading';
import { ProblemNotice } from '../../layout/problem-notice';
import { useSession } from '../../session/session';

/** The agency's investigations, and a new one opened for a case. */
export function InvestigationsScreen() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const api = useApi();
  const navigate = useNavigate();
  const list = useAnswer((client) => answerOf(client.GET('/api/v1/prosecution/investigations', {})), []);
  const open = useCommand();
  const [caseId, setCaseId] = useState('');

  return (
    <section aria-labelledby="investigations-title">
      <h1 id="investigations-title">{t('prosecution.title')}</h1>
      <ProblemNotice problem={list.error} onRetry={list.reload} />
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.items.length === 0 && <p>{t('state.empty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('prosecution.openedAt')}</th>
              <th scope="col">{t('prosecution.status')}</th>
              <th scope="col">{t('prosecution.leadAgency')}</th>
              <th scope="col">{t('prosecution.cases')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((item) => (
              <tr key={item.investigationId}>
                <td>
                  <Link to={`/prosecution/${item.investigationId}`}>
                    {formatDate(item.openedAt, i18n.language, true)}
                  </Link>
                </td>
                <td>{t(`vocab.investigationStatus.${item.status}`)}</td>
                <td>{item.leadAgencyId}</td>
                <td>{formatNumber(item.cases, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayCall(user?.role, 'openInvestigation') && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void open.run(async () => {
              const opened = await answerOf(
                api.POST('/api/v1/prosecution/investigations', { body: { caseIds: [caseId.trim()] } }),
              );
              void navigate(`/prosecution/${opened.investigationId}`);
            });
          }}
        >
          <h2>{t('prosecution.open')}</h2>
          <ProblemNotice problem={open.problem} />
          <Field
            label={t('prosecution.caseId')}
            error={open.fieldError('caseIds') ?? open.fieldError('caseIds.0')}
          >
            {(p) => <input {...p} dir="ltr" value={caseId} onChange={(e) => setCaseId(e.target.value)} />}
          </Field>
          <button type="submit" disabled={open.saving}>
            {t('prosecution.open')}
          </button>
        </form>
      )}
    </section>
  );
}
