import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  answerOf,
  hearingRequestHearingTypeValues,
  suspectRequestRoleValues,
  verdictRequestOutcomeValues,
} from '@nrm/api-client';
import type { components } from '@nrm/api-client';
import { useAnswer, useApi } from '../../api/api';
import { useCommand } from '../../api/use-command';
import { Field } from '../../layout/fields';
import { CommandForm } from '../../layout/command-form';
import { ProblemNotice } from '../../layout/problem-notice';

type Suspect = components['schemas']['InvestigationSuspectResponse'];
type Charge = components['schemas']['InvestigationChargeResponse'];
const today = () => new Date().toISOString().slice(0, 10);

export function AddSuspectForm({ investigationId, onDone }: { investigationId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const [name, setName] = useState('');
  const [role, setRole] = useState<string>(suspectRequestRoleValues[0]);
  return (
    <CommandForm
      title={t('prosecution.addSuspect')}
      submit={t('prosecution.addSuspect')}
      command={command}
      onDone={onDone}
      onSubmit={() =>
        answerOf(
          api.POST('/api/v1/prosecution/investigations/{id}/suspects', {
            params: { path: { id: investigationId } },
            body: {
              kind: 'person',
              role: role as (typeof suspectRequestRoleValues)[number],
              identity: { name },
            },
          }),
        )
      }
    >
      <Field label={t('prosecution.suspectName')} error={command.fieldError('identity.name')}>
        {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={t('prosecution.suspectRole')} error={command.fieldError('role')}>
        {(p) => (
          <select {...p} value={role} onChange={(e) => setRole(e.target.value)}>
            {suspectRequestRoleValues.map((code) => (
              <option key={code} value={code}>
                {t(`vocab.suspectRole.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </CommandForm>
  );
}

/** A charge citing an article of the law catalogue, with the article's aggravating circumstances. */
export function FileChargeForm(props: {
  investigationId: string;
  suspects: readonly Suspect[];
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const laws = useAnswer((client) => answerOf(client.GET('/api/v1/prosecution/laws', {})), []);
  const articles = laws.data?.items ?? [];
  const [suspectId, setSuspectId] = useState(props.suspects[0]?.suspectId ?? '');
  const [articleKey, setArticleKey] = useState('');
  const [aggravating, setAggravating] = useState<string[]>([]);
  const chosen = articles.find((a) => `${a.lawCode}/${a.article}` === articleKey) ?? articles[0];
  return (
    <CommandForm
      title={t('prosecution.fileCharge')}
      submit={t('prosecution.fileCharge')}
      command={command}
      onDone={props.onDone}
      onSubmit={() =>
        answerOf(
          api.POST('/api/v1/prosecution/investigations/{id}/charges', {
            params: { path: { id: props.investigationId } },
            body: {
              suspectId,
              lawCode: chosen?.lawCode ?? '',
              article: chosen?.article ?? '',
              aggravatingCircumstances: aggravating,
            },
          }),
        )
      }
    >
      <ProblemNotice problem={laws.error} />
      <Field label={t('prosecution.suspect')} error={command.fieldError('suspectId')}>
        {(p) => (
          <select {...p} value={suspectId} onChange={(e) => setSuspectId(e.target.value)}>
            {props.suspects.map((suspect) => (
              <option key={suspect.suspectId} value={suspect.suspectId}>
                {suspect.identity?.name ?? t('prosecution.identityWithheld')}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('prosecution.article')} error={command.fieldError('article')}>
        {(p) => (
          <select
            {...p}
            value={chosen ? `${chosen.lawCode}/${chosen.article}` : ''}
            onChange={(e) => {
              setArticleKey(e.target.value);
              setAggravating([]);
            }}
          >
            {articles.map((a) => (
              <option key={`${a.lawCode}/${a.article}`} value={`${a.lawCode}/${a.article}`}>
                {t('prosecution.articleOption', {
                  article: a.article,
                  offence: i18n.language === 'ar' ? a.offenceAr : a.offenceEn,
                })}
              </option>
            ))}
          </select>
        )}
      </Field>
      {chosen && chosen.aggravatingCircumstances.length > 0 && (
        <fieldset>
          <legend>{t('prosecution.aggravating')}</legend>
          {chosen.aggravatingCircumstances.map((circumstance) => (
            <label key={circumstance.code} className="choice">
              <input
                type="checkbox"
                checked={aggravating.includes(circumstance.code)}
                onChange={(e) =>
                  setAggravating(
                    e.target.checked
                      ? [...aggravating, circumstance.code]
                      : aggravating.filter((c) => c !== circumstance.code),
                  )
                }
              />
              <span lang="en">{circumstance.en}</span>
            </label>
          ))}
        </fieldset>
      )}
    </CommandForm>
  );
}

export function ScheduleHearingForm({
  investigationId,
  onDone,
}: {
  investigationId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const [hearingType, setHearingType] = useState<string>(hearingRequestHearingTypeValues[0]);
  const [court, setCourt] = useState('');
  const [scheduledOn, setScheduledOn] = useState('');
  return (
    <CommandForm
      title={t('prosecution.scheduleHearing')}
      submit={t('prosecution.scheduleHearing')}
      command={command}
      onDone={onDone}
      onSubmit={() =>
        answerOf(
          api.POST('/api/v1/prosecution/investigations/{id}/hearings', {
            params: { path: { id: investigationId } },
            body: {
              hearingType: hearingType as (typeof hearingRequestHearingTypeValues)[number],
              court,
              scheduledOn,
            },
          }),
        )
      }
    >
      <Field label={t('prosecution.hearingType')} error={command.fieldError('hearingType')}>
        {(p) => (
          <select {...p} value={hearingType} onChange={(e) => setHearingType(e.target.value)}>
            {hearingRequestHearingTypeValues.map((code) => (
              <option key={code} value={code}>
                {t(`vocab.hearingType.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('prosecution.court')} error={command.fieldError('court')}>
        {(p) => <input {...p} value={court} onChange={(e) => setCourt(e.target.value)} />}
      </Field>
      <Field label={t('prosecution.scheduledOn')} error={command.fieldError('scheduledOn')}>
        {(p) => (
          <input
            {...p}
            type="date"
            min={today()}
            value={scheduledOn}
            onChange={(e) => setScheduledOn(e.target.value)}
          />
        )}
      </Field>
    </CommandForm>
  );
}

export function RecordVerdictForm(props: {
  investigationId: string;
  charges: readonly Charge[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const [chargeId, setChargeId] = useState(props.charges[0]?.chargeId ?? '');
  const [outcome, setOutcome] = useState<string>(verdictRequestOutcomeValues[0]);
  const [decidedOn, setDecidedOn] = useState(today());
  const [sentenceMonths, setSentenceMonths] = useState('');
  return (
    <CommandForm
      title={t('prosecution.recordVerdict')}
      submit={t('prosecution.recordVerdict')}
      command={command}
      onDone={props.onDone}
      onSubmit={() =>
        answerOf(
          api.POST('/api/v1/prosecution/investigations/{id}/verdicts', {
            params: { path: { id: props.investigationId } },
            body: {
              chargeId,
              outcome: outcome as (typeof verdictRequestOutcomeValues)[number],
              courtLevel: 'first_instance',
              decidedOn,
              ...(sentenceMonths ? { sentenceMonths: Number(sentenceMonths) } : {}),
            },
          }),
        )
      }
    >
      <Field label={t('prosecution.charge')} error={command.fieldError('chargeId')}>
        {(p) => (
          <select {...p} value={chargeId} onChange={(e) => setChargeId(e.target.value)}>
            {props.charges.map((charge) => (
              <option key={charge.chargeId} value={charge.chargeId}>
                {t('prosecution.chargeLine', { law: charge.lawCode, article: charge.article })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('prosecution.outcome')} error={command.fieldError('outcome')}>
        {(p) => (
          <select {...p} value={outcome} onChange={(e) => setOutcome(e.target.value)}>
            {verdictRequestOutcomeValues.map((code) => (
              <option key={code} value={code}>
                {t(`vocab.verdictOutcome.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('prosecution.decidedOn')} error={command.fieldError('decidedOn')}>
        {(p) => <input {...p} type="date" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />}
      </Field>
      <Field label={t('prosecution.sentenceMonths')} error={command.fieldError('sentenceMonths')}>
        {(p) => (
          <input
            {...p}
            type="number"
            min={0}
            value={sentenceMonths}
            onChange={(e) => setSentenceMonths(e.target.value)}
          />
        )}
      </Field>
    </CommandForm>
  );
}

export function OrderCompensationForm(props: {
  investigationId: string;
  caseIds: readonly string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const [amount, setAmount] = useState('');
  return (
    <CommandForm
      title={t('prosecution.orderCompensation')}
      submit={t('prosecution.orderCompensation')}
      command={command}
      onDone={props.onDone}
      onSubmit={() =>
        answerOf(
          api.POST('/api/v1/prosecution/investigations/{id}/compensation', {
            params: { path: { id: props.investigationId } },
            body: { caseId: props.caseIds[0] ?? '', amount, currency: 'KWD', orderedOn: today() },
          }),
        )
      }
    >
      <Field label={t('prosecution.amount')} error={command.fieldError('amount')}>
        {(p) => (
          <input
            {...p}
            dir="ltr"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        )}
      </Field>
    </CommandForm>
  );
}
