import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { answerOf } from '@nrm/api-client';
import { useAnswer } from '../../api/api';
import { mayCall } from '../../access';
import { formatDate, formatNumber } from '../../i18n/i18n';
import { Loading } from '../../layout/loading';
import { ProblemNotice } from '../../layout/problem-notice';
import { useSession } from '../../session/session';
import {
  AddSuspectForm,
  FileChargeForm,
  OrderCompensationForm,
  RecordVerdictForm,
  ScheduleHearingForm,
} from './proceedings-forms';

/** One investigation: suspects, charges from the law catalogue, hearings, verdicts and compensation. */
export function InvestigationScreen() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const { id = '' } = useParams();
  const investigation = useAnswer(
    (api) => answerOf(api.GET('/api/v1/prosecution/investigations/{id}', { params: { path: { id } } })),
    [id],
  );
  const data = investigation.data;
  const acts = mayCall(user?.role, 'fileCharge');
  return (
    <section aria-labelledby="investigation-title">
      <h1 id="investigation-title">{t('prosecution.investigation')}</h1>
      <ProblemNotice problem={investigation.error} onRetry={investigation.reload} />
      {investigation.loading && !data && <Loading />}
      {data && (
        <>
          <p>
            {t(`vocab.investigationStatus.${data.status}`)} · {data.leadAgencyId} ·{' '}
            {t('prosecution.casesCount', {
              count: data.caseIds.length,
              n: formatNumber(data.caseIds.length, i18n.language),
            })}
          </p>

          <h2>{t('prosecution.suspects')}</h2>
          {data.suspects.length === 0 ? (
            <p>{t('state.empty')}</p>
          ) : (
            <ul>
              {data.suspects.map((suspect) => (
                <li key={suspect.suspectId}>
                  {suspect.identity?.name ?? t('prosecution.identityWithheld')} ·{' '}
                  {t(`vocab.suspectRole.${suspect.role}`)}
                </li>
              ))}
            </ul>
          )}
          {mayCall(user?.role, 'addSuspect') && (
            <AddSuspectForm investigationId={id} onDone={investigation.reload} />
          )}

          <h2>{t('prosecution.charges')}</h2>
          {data.charges.length === 0 ? (
            <p>{t('state.empty')}</p>
          ) : (
            <ul>
              {data.charges.map((charge) => (
                <li key={charge.chargeId}>
                  {t('prosecution.chargeLine', { law: charge.lawCode, article: charge.article })}
                  {charge.aggravatingCircumstances.length > 0 &&
                    ` (${charge.aggravatingCircumstances.join(', ')})`}
                </li>
              ))}
            </ul>
          )}
          {acts && data.suspects.length > 0 && (
            <FileChargeForm investigationId={id} suspects={data.suspects} onDone={investigation.reload} />
          )}

          <h2>{t('prosecution.hearings')}</h2>
          {data.hearings.length === 0 ? (
            <p>{t('state.empty')}</p>
          ) : (
            <ul>
              {data.hearings.map((hearing) => (
                <li key={hearing.hearingId}>
                  {formatDate(hearing.scheduledOn, i18n.language)} ·{' '}
                  {t(`vocab.hearingType.${hearing.hearingType}`)} · {hearing.court} ·{' '}
                  {t(`vocab.hearingStatus.${hearing.status}`)}
                </li>
              ))}
            </ul>
          )}
          {mayCall(user?.role, 'scheduleHearing') && (
            <ScheduleHearingForm investigationId={id} onDone={investigation.reload} />
          )}

          <h2>{t('prosecution.verdicts')}</h2>
          {data.verdicts.length === 0 ? (
            <p>{t('state.empty')}</p>
          ) : (
            <ul>
              {data.verdicts.map((verdict) => (
                <li key={verdict.verdictId}>
                  {formatDate(verdict.decidedOn, i18n.language)} ·{' '}
                  {t(`vocab.verdictOutcome.${verdict.outcome}`)}
                  {verdict.sentenceMonths !== null &&
                    ` · ${t('prosecution.sentence', { months: formatNumber(verdict.sentenceMonths, i18n.language) })}`}
                </li>
              ))}
            </ul>
          )}
          {mayCall(user?.role, 'recordVerdict') && data.charges.length > 0 && (
            <RecordVerdictForm investigationId={id} charges={data.charges} onDone={investigation.reload} />
          )}
          {mayCall(user?.role, 'orderCompensation') && data.verdicts.length > 0 && (
            <OrderCompensationForm
              investigationId={id}
              caseIds={data.caseIds}
              onDone={investigation.reload}
            />
          )}
        </>
      )}
    </section>
  );
}
