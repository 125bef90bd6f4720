import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  answerOf,
  consentChangeRequestPurposeValues,
  createReferralRequestExploitationTypesValues,
  createReferralRequestImmediateRisksValues,
  referralConsentDtoDataSharingAgencyTypesValues,
} from '@nrm/api-client';
import type { components } from '@nrm/api-client';
import { useApi } from '../../api/api';
import { useCommand } from '../../api/use-command';
import { CommandForm } from '../../layout/command-form';
import { CodeChoices, Field } from '../../layout/fields';

type Referral = components['schemas']['ReferralStatusResponse'];
type Purpose = (typeof consentChangeRequestPurposeValues)[number];
type AgencyType = (typeof referralConsentDtoDataSharingAgencyTypesValues)[number];
type ExploitationType = (typeof createReferralRequestExploitationTypesValues)[number];
type ImmediateRisk = (typeof createReferralRequestImmediateRisksValues)[number];

interface ChangeProps {
  caseId: string;
  onDone: () => void;
}

/** A correction by the referring agency: the sections given replace the old ones; the old version is kept. */
export function AmendForm({ caseId, referral, onDone }: ChangeProps & { referral: Referral }) {
  const { t } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const [risks, setRisks] = useState<ImmediateRisk[]>([...referral.immediateRisks] as ImmediateRisk[]);
  const [types, setTypes] = useState<ExploitationType[]>([]);
  const [reason, setReason] = useState('');
  return (
    <CommandForm
      title={t('changes.amend')}
      submit={t('changes.amend')}
      command={command}
      onDone={onDone}
      onSubmit={() =>
        answerOf(
          api.PATCH('/api/v1/referrals/{caseId}', {
            params: { path: { caseId } },
            body: { reason, immediateRisks: risks, ...(types.length ? { exploitationTypes: types } : {}) },
          }),
        )
      }
    >
      <CodeChoices
        legend={t('referral.fields.immediateRisks')}
        codes={createReferralRequestImmediateRisksValues}
        vocabulary="vocab.immediateRisk"
        chosen={risks}
        onChange={setRisks}
        error={command.fieldError('immediateRisks')}
      />
      <CodeChoices
        legend={t('changes.exploitationTypes')}
        codes={createReferralRequestExploitationTypesValues}
        vocabulary="vocab.exploitationType"
        chosen={types}
        onChange={setTypes}
        error={command.fieldError('exploitationTypes')}
      />
      <Field label={t('changes.reason')} error={command.fieldError('reason')}>
        {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
    </CommandForm>
  );
}

export function WithdrawForm({ caseId, onDone }: ChangeProps) {
  const { t } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const [reason, setReason] = useState('');
  return (
    <CommandForm
      title={t('changes.withdraw')}
      submit={t('changes.withdraw')}
      command={command}
      onDone={onDone}
      onSubmit={() =>
        answerOf(
          api.POST('/api/v1/referrals/{caseId}/withdrawal', {
            params: { path: { caseId } },
            body: { reason },
          }),
        )
      }
    >
      <Field label={t('changes.reason')} error={command.fieldError('reason')}>
        {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
    </CommandForm>
  );
}

/** Consent recorded or withdrawn for one purpose, in the language it was explained in. */
export function ConsentForm({ caseId, onDone }: ChangeProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const [purpose, setPurpose] = useState<Purpose>('data_sharing');
  const [granted, setGranted] = useState(false);
  const [agencies, setAgencies] = useState<AgencyType[]>([]);
  return (
    <CommandForm
      title={t('changes.consent')}
      submit={t('changes.recordConsent')}
      command={command}
      onDone={onDone}
      onSubmit={() =>
        answerOf(
          api.POST('/api/v1/referrals/{caseId}/consents', {
            params: { path: { caseId } },
            body: {
              purpose,
              granted,
              language: i18n.language === 'ar' ? 'ar' : 'en',
              ...(purpose === 'data_sharing' && granted ? { sharingAgencyTypes: agencies } : {}),
            },
          }),
        )
      }
    >
      <Field label={t('changes.purpose')} error={command.fieldError('purpose')}>
        {(p) => (
          <select {...p} value={purpose} onChange={(e) => setPurpose(e.target.value as Purpose)}>
            {consentChangeRequestPurposeValues.map((code) => (
              <option key={code} value={code}>
                {t(`vocab.consentPurpose.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset>
        <legend>{t('changes.granted')}</legend>
        <label className="choice">
          <input type="radio" name="granted" checked={granted} onChange={() => setGranted(true)} />
          {t('changes.gives')}
        </label>
        <label className="choice">
          <input type="radio" name="granted" checked={!granted} onChange={() => setGranted(false)} />
          {t('changes.withdraws')}
        </label>
      </fieldset>
      {purpose === 'data_sharing' && granted && (
        <CodeChoices
          legend={t('referral.fields.consentSharing')}
          codes={referralConsentDtoDataSharingAgencyTypesValues}
          vocabulary="vocab.agencyType"
          chosen={agencies}
          onChange={setAgencies}
          error={command.fieldError('sharingAgencyTypes')}
        />
      )}
    </CommandForm>
  );
}

/** The referrer asks the competent authority to reconsider a negative decision, with new information. */
export function ReconsiderationForm({ caseId, onDone }: ChangeProps) {
  const { t } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const [newInformation, setNewInformation] = useState('');
  return (
    <CommandForm
      title={t('changes.reconsideration')}
      submit={t('changes.requestReconsideration')}
      command={command}
      onDone={onDone}
      onSubmit={() =>
        answerOf(
          api.POST('/api/v1/screenings/{caseId}/reconsideration', {
            params: { path: { caseId } },
            body: { newInformation },
          }),
        )
      }
    >
      <Field label={t('changes.newInformation')} error={command.fieldError('newInformation')}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={newInformation}
            onChange={(e) => setNewInformation(e.target.value)}
          />
        )}
      </Field>
    </CommandForm>
  );
}
