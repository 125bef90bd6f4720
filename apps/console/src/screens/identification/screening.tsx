import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { answerOf } from '@nrm/api-client';
import { useAnswer } from '../../api/api';
import { formatDate } from '../../i18n/i18n';
import { Loading } from '../../layout/loading';
import { ProblemNotice } from '../../layout/problem-notice';
import { DecisionForms } from './decision-forms';
import { IndicatorQuestionnaire } from './indicator-questionnaire';

/** A screening for the competent authority: deadlines, the indicator questionnaire and its advice, the decisions. */
export function ScreeningScreen() {
  const { t, i18n } = useTranslation();
  const { caseId = '' } = useParams();
  const screening = useAnswer(
    (api) => answerOf(api.GET('/api/v1/screenings/{caseId}', { params: { path: { caseId } } })),
    [caseId],
  );
  const data = screening.data;
  return (
    <section aria-labelledby="screening-title">
      <h1 id="screening-title">{t('screening.title', { reference: data?.caseReference ?? '' })}</h1>
      <ProblemNotice problem={screening.error} onRetry={screening.reload} />
      {screening.loading && !data && <Loading />}
      {data && (
        <>
          <p role="status">
            {t('screening.status')}: <strong>{t(`vocab.screeningStatus.${data.status}`)}</strong>
          </p>
          <h2>{t('screening.deadlines')}</h2>
          <ul>
            {data.deadlines.map((deadline, index) => (
              <li key={index}>
                {t(`vocab.deadlineKind.${deadline.kind}`)}: {formatDate(deadline.dueOn, i18n.language)} ·{' '}
                {t(`vocab.deadlineStatus.${deadline.status}`)}
              </li>
            ))}
          </ul>
          {data.decisions.length > 0 && (
            <>
              <h2>{t('screening.decisions')}</h2>
              <ul>
                {data.decisions.map((decision, index) => (
                  <li key={index}>
                    {t(`vocab.decisionStage.${decision.stage}`)}:{' '}
                    {t(`vocab.decisionOutcome.${decision.outcome}`)} ·{' '}
                    {formatDate(decision.decidedAt, i18n.language, true)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <IndicatorQuestionnaire caseId={caseId} onChange={screening.reload} />
          <DecisionForms caseId={caseId} status={data.status} onDone={screening.reload} />
        </>
      )}
    </section>
  );
}
