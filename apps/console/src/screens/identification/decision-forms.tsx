import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerOf, recoveryExtensionRequestReasonValues } from '@nrm/api-client';
import { useApi } from '../../api/api';
import { useCommand } from '../../api/use-command';
import { Field } from '../../layout/fields';
import { CommandForm } from '../../layout/command-form';

type Outcome = 'positive' | 'negative';
type ExtensionReason = (typeof recoveryExtensionRequestReasonValues)[number];

/**
 * The decisions the screening's status calls for: preliminary (reasonable grounds), the recovery
 * period's extension, final (conclusive grounds) and the second review of a negative final decision.
 * The API decides what the status allows; a refusal shows its reason.
 */
export function DecisionForms({
  caseId,
  status,
  onDone,
}: {
  caseId: string;
  status: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const path = { params: { path: { caseId } } };
  return (
    <>
      {(status === 'open' || status === 'reconsidering_preliminary') && (
        <DecisionForm
          title={t('decisions.preliminary')}
          onDone={onDone}
          send={(body) =>
            answerOf(api.POST('/api/v1/screenings/{caseId}/preliminary-decision', { ...path, body }))
          }
        />
      )}
      {status === 'in_recovery' && <ExtensionForm caseId={caseId} onDone={onDone} />}
      {(status === 'awaiting_final' || status === 'in_recovery' || status === 'reconsidering_final') && (
        <DecisionForm
          title={t('decisions.final')}
          onDone={onDone}
          send={(body) => answerOf(api.POST('/api/v1/screenings/{caseId}/final-decision', { ...path, body }))}
        />
      )}
      {status === 'final_negative_pending_approval' && <ReviewForm caseId={caseId} onDone={onDone} />}
    </>
  );
}

function DecisionForm(props: {
  title: string;
  onDone: () => void;
  send: (body: { outcome: Outcome; reasons: string; departureReason?: string }) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const command = useCommand();
  const [outcome, setOutcome] = useState<Outcome>('positive');
  const [reasons, setReasons] = useState('');
  const [departureReason, setDepartureReason] = useState('');
  return (
    <CommandForm
      title={props.title}
      submit={t('decisions.record')}
      command={command}
      onDone={props.onDone}
      onSubmit={() =>
        props.send({ outcome, reasons, ...(departureReason.trim() ? { departureReason } : {}) })
      }
    >
      <fieldset>
        <legend>{t('decisions.outcome')}</legend>
        {(['positive', 'negative'] as const).map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${props.title}-outcome`}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />
            {t(`vocab.decisionOutcome.${value}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('decisions.reasons')} error={command.fieldError('reasons')}>
        {(p) => <textarea {...p} rows={3} value={reasons} onChange={(e) => setReasons(e.target.value)} />}
      </Field>
      <Field
        label={t('decisions.departureReason')}
        hint={t('decisions.departureHint')}
        error={command.fieldError('departureReason')}
      >
        {(p) => (
          <textarea
            {...p}
            rows={2}
            value={departureReason}
            onChange={(e) => setDepartureReason(e.target.value)}
          />
        )}
      </Field>
    </CommandForm>
  );
}

function ExtensionForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const [days, setDays] = useState('30');
  const [reason, setReason] = useState<ExtensionReason>('health');
  return (
    <CommandForm
      title={t('decisions.extension')}
      submit={t('decisions.extend')}
      command={command}
      onDone={onDone}
      onSubmit={() =>
        answerOf(
          api.POST('/api/v1/screenings/{caseId}/recovery-period/extensions', {
            params: { path: { caseId } },
            body: { days: Number(days), reason },
          }),
        )
      }
    >
      <Field label={t('decisions.days')} error={command.fieldError('days')}>
        {(p) => (
          <input
            {...p}
            type="number"
            min={1}
            max={180}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('decisions.extensionReason')} error={command.fieldError('reason')}>
        {(p) => (
          <select {...p} value={reason} onChange={(e) => setReason(e.target.value as ExtensionReason)}>
            {recoveryExtensionRequestReasonValues.map((code) => (
              <option key={code} value={code}>
                {t(`vocab.extensionReason.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </CommandForm>
  );
}

/** The second reviewer approves a negative final decision or sends it back. */
function ReviewForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const [approve, setApprove] = useState(true);
  const [note, setNote] = useState('');
  return (
    <CommandForm
      title={t('decisions.review')}
      submit={t('decisions.record')}
      command={command}
      onDone={onDone}
      onSubmit={() =>
        answerOf(
          api.POST('/api/v1/screenings/{caseId}/final-decision/review', {
            params: { path: { caseId } },
            body: { approve, ...(note.trim() ? { note } : {}) },
          }),
        )
      }
    >
      <fieldset>
        <legend>{t('decisions.reviewOutcome')}</legend>
        <label className="choice">
          <input type="radio" name="review" checked={approve} onChange={() => setApprove(true)} />
          {t('decisions.approve')}
        </label>
        <label className="choice">
          <input type="radio" name="review" checked={!approve} onChange={() => setApprove(false)} />
          {t('decisions.sendBack')}
        </label>
      </fieldset>
      <Field label={t('decisions.note')} error={command.fieldError('note')}>
        {(p) => <textarea {...p} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
    </CommandForm>
  );
}
