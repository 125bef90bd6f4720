import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  answerOf,
  indicatorAnswerDtoAnswerValues,
  indicatorAnswerDtoEvidenceSourceValues,
} from '@nrm/api-client';
import type { components } from '@nrm/api-client';
import { useAnswer, useApi } from '../../api/api';
import { useCommand } from '../../api/use-command';
import { Loading } from '../../layout/loading';
import { ProblemNotice } from '../../layout/problem-notice';

type Assessment = components['schemas']['IndicatorAssessmentResponse'];
type AnswerValue = (typeof indicatorAnswerDtoAnswerValues)[number];
type EvidenceSource = (typeof indicatorAnswerDtoEvidenceSourceValues)[number];
interface Answer {
  answer: AnswerValue;
  evidenceSource: EvidenceSource | '';
  note: string;
}

/**
 * The indicator questionnaire of the case's latest assessment: each indicator of the lists the person's
 * age and exploitation call for, answered with its evidence; the advice per list and dimension, with
 * the rule and catalogue versions. Advice only: the officer decides.
 */
export function IndicatorQuestionnaire({ caseId, onChange }: { caseId: string; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const assessments = useAnswer(
    (client) =>
      answerOf(
        client.GET('/api/v1/screenings/{caseId}/indicator-assessments', { params: { path: { caseId } } }),
      ),
    [caseId],
  );
  const latestId = assessments.data?.items[0]?.assessmentId;
  const [assessment, setAssessment] = useState<Assessment | undefined>();
  const [answers, setAnswers] = useState<Record<string, Answer>>({});

  useEffect(() => {
    if (!latestId) return;
    void answerOf(
      api.GET('/api/v1/screenings/{caseId}/indicator-assessments/{assessmentId}', {
        params: { path: { caseId, assessmentId: latestId } },
      }),
    ).then(show, () => undefined);
  }, [api, caseId, latestId]);

  function show(next: Assessment) {
    setAssessment(next);
    setAnswers(
      Object.fromEntries(
        next.answers.map((a) => [
          a.indicatorId,
          { answer: a.answer, evidenceSource: a.evidenceSource ?? '', note: a.note ?? '' },
        ]),
      ) as Record<string, Answer>,
    );
    onChange();
  }

  const start = () =>
    command.run(async () =>
      show(
        await answerOf(
          api.POST('/api/v1/screenings/{caseId}/indicator-assessments', { params: { path: { caseId } } }),
        ),
      ),
    );
  const path = { caseId, assessmentId: assessment?.assessmentId ?? '' };
  const save = () =>
    command.run(async () =>
      show(
        await answerOf(
          api.PUT('/api/v1/screenings/{caseId}/indicator-assessments/{assessmentId}/answers', {
            params: { path },
            body: {
              answers: Object.entries(answers).map(([indicatorId, a]) => ({
                indicatorId,
                answer: a.answer,
                ...(a.evidenceSource ? { evidenceSource: a.evidenceSource } : {}),
                ...(a.note.trim() ? { note: a.note.trim() } : {}),
              })),
            },
          }),
        ),
      ),
    );
  const complete = () =>
    command.run(async () =>
      show(
        await answerOf(
          api.POST('/api/v1/screenings/{caseId}/indicator-assessments/{assessmentId}/completion', {
            params: { path },
          }),
        ),
      ),
    );

  const inProgress = assessment?.status === 'in_progress';
  return (
    <section aria-labelledby="indicators-title" className="card">
      <h2 id="indicators-title">{t('indicators.title')}</h2>
      <ProblemNotice problem={assessments.error ?? command.problem} onRetry={assessments.reload} />
      {assessments.loading && !assessments.data && <Loading />}
      {assessments.data && !inProgress && (
        <button type="button" onClick={() => void start()} disabled={command.saving}>
          {assessment ? t('indicators.reassess') : t('indicators.start')}
        </button>
      )}
      {assessment && <Advice assessment={assessment} />}
      {assessment && inProgress && (
        <form
          className="form questionnaire"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {assessment.lists.map((list) => (
            <fieldset key={list.id}>
              <legend>{label(list.label)}</legend>
              {list.indicators.map((indicator) => (
                <IndicatorQuestion
                  key={indicator.id}
                  id={indicator.id}
                  label={label(indicator.label)}
                  guidance={label(indicator.guidance)}
                  value={answers[indicator.id]}
                  onChange={(value) => setAnswers((current) => ({ ...current, [indicator.id]: value }))}
                />
              ))}
            </fieldset>
          ))}
          <div className="actions">
            <button type="submit" disabled={command.saving}>
              {t('indicators.save')}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => void complete()}
              disabled={command.saving}
            >
              {t('indicators.complete')}
            </button>
          </div>
        </form>
      )}
    </section>
  );

  function label(text: { en: string; ar: string }) {
    return i18n.language === 'ar' ? text.ar : text.en;
  }
}

function IndicatorQuestion(props: {
  id: string;
  label: ReactNode;
  guidance: ReactNode;
  value: Answer | undefined;
  onChange: (value: Answer) => void;
}) {
  const { t } = useTranslation();
  const value = props.value ?? { answer: 'unknown' as AnswerValue, evidenceSource: '' as const, note: '' };
  const name = `indicator-${props.id}`;
  return (
    <div className="indicator" role="group" aria-labelledby={`${name}-label`}>
      <p id={`${name}-label`} className="indicator-label">
        {props.label}
      </p>
      <p className="hint">{props.guidance}</p>
      <div className="choices">
        {indicatorAnswerDtoAnswerValues.map((answer) => (
          <label key={answer} className="choice">
            <input
              type="radio"
              name={name}
              checked={props.value?.answer === answer}
              onChange={() => props.onChange({ ...value, answer })}
            />
            {t(`vocab.indicatorAnswer.${answer}`)}
          </label>
        ))}
      </div>
      <label className="choice">
        {t('indicators.evidenceSource')}
        <select
          value={value.evidenceSource}
          onChange={(e) =>
            props.onChange({ ...value, evidenceSource: e.target.value as EvidenceSource | '' })
          }
        >
          <option value="">{t('referral.notChosen')}</option>
          {indicatorAnswerDtoEvidenceSourceValues.map((source) => (
            <option key={source} value={source}>
              {t(`vocab.evidenceSource.${source}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="choice">
        {t('indicators.note')}
        <input value={value.note} onChange={(e) => props.onChange({ ...value, note: e.target.value })} />
      </label>
    </div>
  );
}

/** The advice of the assessment: per list and dimension, with the versions it was made by. */
function Advice({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const advice = assessment.advice;
  return (
    <div className="advice" role="status">
      <p>
        {t('indicators.advice')}: <strong>{t(`vocab.indicatorOutcome.${advice.outcome}`)}</strong>
        {!advice.complete && ` (${t('indicators.incomplete')})`}
      </p>
      <p className="hint">
        {t('indicators.versions', { rule: advice.ruleVersion, catalogue: advice.catalogueVersion })}
      </p>
      {advice.lists.map((list) => (
        <table key={list.list}>
          <caption>
            {t(`vocab.indicatorList.${list.list}`)}: {t(`vocab.indicatorOutcome.${list.outcome}`)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('indicators.dimension')}</th>
              <th scope="col">{t('indicators.positive')}</th>
            </tr>
          </thead>
          <tbody>
            {list.dimensions.map((dimension) => (
              <tr key={dimension.dimension}>
                <th scope="row">{t(`vocab.indicatorDimension.${dimension.dimension}`)}</th>
                <td>{dimension.positive ? t('yes') : t('no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
