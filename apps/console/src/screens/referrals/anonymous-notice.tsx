import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  anonymousNoticeRequestChannelValues,
  anonymousNoticeRequestExploitationTypesValues,
  anonymousNoticeRequestSexValues,
  answerOf,
} from '@nrm/api-client';
import type { components } from '@nrm/api-client';
import { useApi } from '../../api/api';
import { useCommand } from '../../api/use-command';
import { CommandForm } from '../../layout/command-form';
import { CodeChoices, Field } from '../../layout/fields';

type Notice = components['schemas']['AnonymousNoticeRequest'];

/**
 * An adult who declines referral: only statistical facts, with an optional pseudonymous link built
 * from identifiers that are not stored.
 */
export function AnonymousNoticeScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const [recorded, setRecorded] = useState(false);
  const [channel, setChannel] = useState<Notice['channel']>('police');
  const [date, setDate] = useState('');
  const [region, setRegion] = useState('');
  const [sex, setSex] = useState<Notice['sex']>('unknown');
  const [nationalities, setNationalities] = useState('');
  const [age, setAge] = useState('');
  const [types, setTypes] = useState<Notice['exploitationTypes']>([]);
  const [linkName, setLinkName] = useState('');
  const [linkBirth, setLinkBirth] = useState('');
  const body = (): Notice => ({
    channel,
    encounter: { date, ...(region.trim() ? { region: region.trim() } : {}) },
    sex,
    nationalities: nationalities
      .split(/[,،\s]+/)
      .filter(Boolean)
      .map((code) => code.toUpperCase()),
    ...(age ? { estimatedAge: Number(age) } : {}),
    exploitationTypes: types,
    ...(linkName.trim() || linkBirth
      ? {
          link: {
            ...(linkName.trim() ? { names: { latin: linkName.trim() } } : {}),
            ...(linkBirth ? { dateOfBirth: linkBirth } : {}),
          },
        }
      : {}),
  });
  return (
    <section aria-labelledby="notice-title">
      <h1 id="notice-title">{t('notice.title')}</h1>
      <p className="hint">{t('notice.explanation')}</p>
      {recorded && (
        <p role="status" className="notice">
          {t('notice.recorded')}
        </p>
      )}
      <CommandForm
        title={t('notice.facts')}
        submit={t('notice.record')}
        command={command}
        onDone={() => setRecorded(true)}
        onSubmit={() => answerOf(api.POST('/api/v1/referrals/anonymous-notices', { body: body() }))}
      >
        <Field label={t('referral.fields.channel')} error={command.fieldError('channel')}>
          {(p) => (
            <select {...p} value={channel} onChange={(e) => setChannel(e.target.value as Notice['channel'])}>
              {anonymousNoticeRequestChannelValues
                .filter((code) => code !== 'cross_border')
                .map((code) => (
                  <option key={code} value={code}>
                    {t(`vocab.channel.${code}`)}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label={t('referral.fields.encounterDate')} error={command.fieldError('encounter.date')}>
          {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label={t('referral.fields.encounterRegion')} error={command.fieldError('encounter.region')}>
          {(p) => <input {...p} dir="ltr" value={region} onChange={(e) => setRegion(e.target.value)} />}
        </Field>
        <Field label={t('referral.fields.sex')} error={command.fieldError('sex')}>
          {(p) => (
            <select {...p} value={sex} onChange={(e) => setSex(e.target.value as Notice['sex'])}>
              {anonymousNoticeRequestSexValues.map((code) => (
                <option key={code} value={code}>
                  {t(`vocab.sex.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('referral.fields.nationalities')} error={command.fieldError('nationalities')}>
          {(p) => (
            <input
              {...p}
              dir="ltr"
              value={nationalities}
              onChange={(e) => setNationalities(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('notice.age')} error={command.fieldError('estimatedAge')}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={18}
              max={120}
              value={age}
              onChange={(e) => setAge(e.target.value)}
            />
          )}
        </Field>
        <CodeChoices
          legend={t('referral.fields.exploitationTypes')}
          codes={anonymousNoticeRequestExploitationTypesValues}
          vocabulary="vocab.exploitationType"
          chosen={types}
          onChange={setTypes}
          error={command.fieldError('exploitationTypes')}
        />
        <fieldset>
          <legend>{t('notice.link')}</legend>
          <p className="hint">{t('notice.linkHint')}</p>
          <Field label={t('referral.fields.nameLatin')} error={command.fieldError('link.names.latin')}>
            {(p) => <input {...p} dir="ltr" value={linkName} onChange={(e) => setLinkName(e.target.value)} />}
          </Field>
          <Field label={t('referral.fields.dateOfBirth')} error={command.fieldError('link.dateOfBirth')}>
            {(p) => (
              <input {...p} type="date" value={linkBirth} onChange={(e) => setLinkBirth(e.target.value)} />
            )}
          </Field>
        </fieldset>
      </CommandForm>
    </section>
  );
}
