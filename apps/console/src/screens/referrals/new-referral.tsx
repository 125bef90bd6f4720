import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  answerOf,
  createReferralRequestChannelValues,
  createReferralRequestExploitationTypesValues,
  createReferralRequestImmediateRisksValues,
  createReferralRequestMeansOfControlValues,
  createReferralRequestRecruitmentMethodValues,
  personDtoSexValues,
  referralConsentDtoDataSharingAgencyTypesValues,
  referralConsentDtoLanguageValues,
} from '@nrm/api-client';
import type { ProblemError, components } from '@nrm/api-client';
import { asProblem, useApi } from '../../api/api';
import { CodeChoices, Field } from '../../layout/fields';
import { ProblemNotice } from '../../layout/problem-notice';
import { referralBody, isHandledAsChild, emptyReferralForm } from './referral-form';
import type { ReferralForm } from './referral-form';

type Accepted = components['schemas']['ReferralAcceptedResponse'];

/** A new referral with every field; the API's validation errors appear on their fields. */
export function NewReferralScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const [form, setForm] = useState<ReferralForm>(emptyReferralForm);
  const [problem, setProblem] = useState<ProblemError | undefined>();
  const [accepted, setAccepted] = useState<Accepted | undefined>();
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<ReferralForm>) => setForm((current) => ({ ...current, ...patch }));
  const error = (field: string) => problem?.fieldErrors[field];
  const child = isHandledAsChild(form);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setProblem(undefined);
    try {
      setAccepted(await answerOf(api.POST('/api/v1/referrals', { body: referralBody(form) })));
      setForm(emptyReferralForm);
    } catch (failure) {
      setProblem(asProblem(failure));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="new-referral-title">
      <h1 id="new-referral-title">{t('referral.newTitle')}</h1>
      {accepted && (
        <div role="status" className="notice">
          <p>
            <Link to={`/referrals/${accepted.caseId}`}>
              {t('referral.accepted', { reference: accepted.caseReference })}
            </Link>
          </p>
          {accepted.handledAsChild && <p>{t('referral.acceptedChild')}</p>}
          {accepted.requiresImmediateProtection && <p>{t('referral.acceptedUrgent')}</p>}
        </div>
      )}
      <ProblemNotice problem={problem} />
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset>
          <legend>{t('referral.sections.encounter')}</legend>
          <Field label={t('referral.fields.channel')} error={error('channel')}>
            {(p) => (
              <select {...p} value={form.channel} onChange={(e) => set({ channel: e.target.value })}>
                {createReferralRequestChannelValues
                  // Partner states refer through the exchange, never through this form.
                  .filter((code) => code !== 'cross_border')
                  .map((code) => (
                    <option key={code} value={code}>
                      {t(`vocab.channel.${code}`)}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <Field label={t('referral.fields.encounterDate')} error={error('encounter.date')}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={form.encounterDate}
                onChange={(e) => set({ encounterDate: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('referral.fields.encounterPlace')} error={error('encounter.place')}>
            {(p) => (
              <input
                {...p}
                value={form.encounterPlace}
                onChange={(e) => set({ encounterPlace: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('referral.fields.encounterRegion')} error={error('encounter.region')}>
            {(p) => (
              <input
                {...p}
                dir="ltr"
                value={form.encounterRegion}
                onChange={(e) => set({ encounterRegion: e.target.value })}
              />
            )}
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('referral.sections.person')}</legend>
          <p className="hint">{t('referral.childRule')}</p>
          <Field label={t('referral.fields.nameArabic')} error={error('person.names.arabic')}>
            {(p) => (
              <input
                {...p}
                lang="ar"
                dir="rtl"
                value={form.nameArabic}
                onChange={(e) => set({ nameArabic: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('referral.fields.nameLatin')} error={error('person.names.latin')}>
            {(p) => (
              <input
                {...p}
                lang="en"
                dir="ltr"
                value={form.nameLatin}
                onChange={(e) => set({ nameLatin: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('referral.fields.dateOfBirth')} error={error('person.dateOfBirth')}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={form.dateOfBirth}
                onChange={(e) => set({ dateOfBirth: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('referral.fields.estimatedAge')} error={error('person.estimatedAge')}>
            {(p) => (
              <input
                {...p}
                type="number"
                min={0}
                max={120}
                inputMode="numeric"
                value={form.estimatedAge}
                onChange={(e) => set({ estimatedAge: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('referral.fields.sex')} error={error('person.sex')}>
            {(p) => (
              <select {...p} value={form.sex} onChange={(e) => set({ sex: e.target.value })}>
                {personDtoSexValues.map((code) => (
                  <option key={code} value={code}>
                    {t(`vocab.sex.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('referral.fields.nationalities')} error={error('person.nationalities')}>
            {(p) => (
              <input
                {...p}
                dir="ltr"
                value={form.nationalities}
                onChange={(e) => set({ nationalities: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('referral.fields.languages')} error={error('person.languages')}>
            {(p) => (
              <input
                {...p}
                dir="ltr"
                value={form.languages}
                onChange={(e) => set({ languages: e.target.value })}
              />
            )}
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('referral.sections.exploitation')}</legend>
          <CodeChoices
            legend={t('referral.fields.exploitationTypes')}
            codes={createReferralRequestExploitationTypesValues}
            vocabulary="vocab.exploitationType"
            chosen={form.exploitationTypes}
            onChange={(exploitationTypes) => set({ exploitationTypes })}
            error={error('exploitationTypes')}
          />
          <CodeChoices
            legend={t('referral.fields.meansOfControl')}
            codes={createReferralRequestMeansOfControlValues}
            vocabulary="vocab.meansOfControl"
            chosen={form.meansOfControl}
            onChange={(meansOfControl) => set({ meansOfControl })}
            error={error('meansOfControl')}
          />
          <Field label={t('referral.fields.recruitmentMethod')} error={error('recruitmentMethod')}>
            {(p) => (
              <select
                {...p}
                value={form.recruitmentMethod}
                onChange={(e) => set({ recruitmentMethod: e.target.value })}
              >
                <option value="">{t('referral.notChosen')}</option>
                {createReferralRequestRecruitmentMethodValues.map((code) => (
                  <option key={code} value={code}>
                    {t(`vocab.recruitmentMethod.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <CodeChoices
            legend={t('referral.fields.immediateRisks')}
            codes={createReferralRequestImmediateRisksValues}
            vocabulary="vocab.immediateRisk"
            chosen={form.immediateRisks}
            onChange={(immediateRisks) => set({ immediateRisks })}
            error={error('immediateRisks')}
          />
          <Field label={t('referral.fields.account')} error={error('account')}>
            {(p) => (
              <textarea
                {...p}
                rows={4}
                value={form.account}
                onChange={(e) => set({ account: e.target.value })}
              />
            )}
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('referral.sections.interpreter')}</legend>
          <label className="choice">
            <input
              type="checkbox"
              checked={form.interpreterNeeded}
              onChange={(e) => set({ interpreterNeeded: e.target.checked })}
            />
            {t('referral.fields.interpreterNeeded')}
          </label>
          <Field label={t('referral.fields.interpreterLanguage')} error={error('interpreter.language')}>
            {(p) => (
              <input
                {...p}
                dir="ltr"
                value={form.interpreterLanguage}
                onChange={(e) => set({ interpreterLanguage: e.target.value })}
              />
            )}
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('referral.sections.consent')}</legend>
          {child && <p className="hint">{t('referral.childRule')}</p>}
          <label className="choice">
            <input
              type="checkbox"
              checked={form.consentReferral}
              onChange={(e) => set({ consentReferral: e.target.checked })}
            />
            {t('referral.fields.consentReferral')}
          </label>
          {error('consent.referral') && <p className="field-error">{error('consent.referral')}</p>}
          <label className="choice">
            <input
              type="checkbox"
              checked={form.consentStatistics}
              onChange={(e) => set({ consentStatistics: e.target.checked })}
            />
            {t('referral.fields.consentStatistics')}
          </label>
          <CodeChoices
            legend={t('referral.fields.consentSharing')}
            codes={referralConsentDtoDataSharingAgencyTypesValues}
            vocabulary="vocab.agencyType"
            chosen={form.dataSharingAgencyTypes}
            onChange={(dataSharingAgencyTypes) => set({ dataSharingAgencyTypes })}
            error={error('consent.dataSharingAgencyTypes')}
          />
          <Field label={t('referral.fields.consentLanguage')} error={error('consent.language')}>
            {(p) => (
              <select
                {...p}
                value={form.consentLanguage}
                onChange={(e) => set({ consentLanguage: e.target.value })}
              >
                {referralConsentDtoLanguageValues.map((code) => (
                  <option key={code} value={code}>
                    {t(`vocab.consentLanguage.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>
        <button type="submit" disabled={saving}>
          {saving ? t('state.saving') : t('referral.submit')}
        </button>
      </form>
    </section>
  );
}
