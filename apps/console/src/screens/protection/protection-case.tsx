import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { answerOf } from '@nrm/api-client';
import { useAnswer } from '../../api/api';
import { formatDate } from '../../i18n/i18n';
import { Loading } from '../../layout/loading';
import { ProblemNotice } from '../../layout/problem-notice';
import { NeedsForm, PlacementForm, ResidenceForm, ReturnForm, ServiceReferralForm } from './protection-forms';

/** A protection case: its plan, services, shelter placement with the free beds, residence and return. */
export function ProtectionCaseScreen() {
  const { t, i18n } = useTranslation();
  const { caseId = '' } = useParams();
  const view = useAnswer(
    (api) => answerOf(api.GET('/api/v1/protection/cases/{caseId}', { params: { path: { caseId } } })),
    [caseId],
  );
  const data = view.data;
  return (
    <section aria-labelledby="protection-case-title">
      <h1 id="protection-case-title">{t('protection.case', { reference: data?.caseReference ?? '' })}</h1>
      <ProblemNotice problem={view.error} onRetry={view.reload} />
      {view.loading && !data && <Loading />}
      {data && (
        <>
          <p>
            {t(`vocab.protectionCaseStatus.${data.status}`)} ·{' '}
            {t('protection.lead', { agency: data.leadAgencyId })}
            {data.recoveryPeriod &&
              ` · ${t('protection.recovery', {
                from: formatDate(data.recoveryPeriod.startsOn, i18n.language),
                to: formatDate(data.recoveryPeriod.endsOn, i18n.language),
              })}`}
          </p>

          <h2>{t('protection.plan')}</h2>
          {data.needs.length === 0 ? (
            <p>{t('state.empty')}</p>
          ) : (
            <ul>
              {data.needs.map((need) => (
                <li key={need.needType}>
                  {t(`vocab.needType.${need.needType}`)} · {t(`vocab.needPriority.${need.priority}`)} ·{' '}
                  {formatDate(need.dueOn, i18n.language)}
                </li>
              ))}
            </ul>
          )}
          <NeedsForm caseId={caseId} onDone={view.reload} />

          <h2>{t('protection.services')}</h2>
          {data.serviceReferrals.length === 0 ? (
            <p>{t('state.empty')}</p>
          ) : (
            <ul>
              {data.serviceReferrals.map((referral) => (
                <li key={referral.serviceReferralId}>
                  {t(`vocab.needType.${referral.needType}`)} · {referral.providerAgencyId} ·{' '}
                  {t(`vocab.serviceReferralStatus.${referral.status}`)}
                </li>
              ))}
            </ul>
          )}
          {data.needs.length > 0 && (
            <ServiceReferralForm
              caseId={caseId}
              needTypes={data.needs.map((n) => n.needType)}
              onDone={view.reload}
            />
          )}

          <h2>{t('protection.placements')}</h2>
          {data.placements.length === 0 ? (
            <p>{t('state.empty')}</p>
          ) : (
            <ul>
              {data.placements.map((placement) => (
                <li key={placement.placementId}>
                  {placement.shelterId} · {t(`vocab.placementStatus.${placement.status}`)}
                </li>
              ))}
            </ul>
          )}
          <PlacementForm
            caseId={caseId}
            personIsChild={data.personIsChild}
            placements={data.placements}
            onDone={view.reload}
          />

          <h2>{t('protection.residence')}</h2>
          {data.residenceStatus.map((residence, index) => (
            <p key={index}>
              {t(`vocab.residenceStatus.${residence.status}`)} ·{' '}
              {formatDate(residence.validFrom, i18n.language)}
              {residence.expiresOn && ` – ${formatDate(residence.expiresOn, i18n.language)}`}
            </p>
          ))}
          <ResidenceForm caseId={caseId} onDone={view.reload} />

          <h2>{t('protection.return')}</h2>
          {data.returnPlans.map((plan, index) => (
            <p key={index}>
              {t(`vocab.returnStatus.${plan.status}`)} · {plan.destinationCountry} ·{' '}
              {formatDate(plan.plannedOn, i18n.language)}
            </p>
          ))}
          <ReturnForm caseId={caseId} onDone={view.reload} />
        </>
      )}
    </section>
  );
}
