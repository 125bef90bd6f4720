import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  answerOf,
  needDtoNeedTypeValues,
  needDtoPriorityValues,
  residenceStatusRequestStatusValues,
  returnPlanRequestRiskLevelValues,
} from '@nrm/api-client';
import type { components } from '@nrm/api-client';
import { useAnswer, useApi } from '../../api/api';
import { useCommand } from '../../api/use-command';
import { formatNumber } from '../../i18n/i18n';
import { CommandForm } from '../../layout/command-form';
import { CodeChoices, Field } from '../../layout/fields';
import { ProblemNotice } from '../../layout/problem-notice';

type NeedType = (typeof needDtoNeedTypeValues)[number];
type Priority = (typeof needDtoPriorityValues)[number];
type Placement = components['schemas']['CasePlacementResponse'];
const today = () => new Date().toISOString().slice(0, 10);

/** The needs assessment: the plan as it now stands, each need at one priority. */
export function NeedsForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const [needs, setNeeds] = useState<NeedType[]>([]);
  const [priority, setPriority] = useState<Priority>('high');
  return (
    <CommandForm
      title={t('protection.assessNeeds')}
      submit={t('protection.assessNeeds')}
      command={command}
      onDone={onDone}
      onSubmit={() =>
        answerOf(
          api.POST('/api/v1/protection/cases/{caseId}/needs-assessments', {
            params: { path: { caseId } },
            body: { needs: needs.map((needType) => ({ needType, priority })) },
          }),
        )
      }
    >
      <CodeChoices
        legend={t('protection.needs')}
        codes={needDtoNeedTypeValues}
        vocabulary="vocab.needType"
        chosen={needs}
        onChange={setNeeds}
        error={command.fieldError('needs')}
      />
      <Field label={t('protection.priority')}>
        {(p) => (
          <select {...p} value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
            {needDtoPriorityValues.map((code) => (
              <option key={code} value={code}>
                {t(`vocab.needPriority.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </CommandForm>
  );
}

/** A need of the plan referred to a provider agency, within the person's consent. */
export function ServiceReferralForm(props: {
  caseId: string;
  needTypes: readonly string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const [needType, setNeedType] = useState(props.needTypes[0] ?? '');
  const [provider, setProvider] = useState('');
  return (
    <CommandForm
      title={t('protection.referToService')}
      submit={t('protection.referToService')}
      command={command}
      onDone={props.onDone}
      onSubmit={() =>
        answerOf(
          api.POST('/api/v1/protection/cases/{caseId}/service-referrals', {
            params: { path: { caseId: props.caseId } },
            body: { needType: needType as NeedType, providerAgencyId: provider.trim() },
          }),
        )
      }
    >
      <Field label={t('protection.need')} error={command.fieldError('needType')}>
        {(p) => (
          <select {...p} value={needType} onChange={(e) => setNeedType(e.target.value)}>
            {props.needTypes.map((code) => (
              <option key={code} value={code}>
                {t(`vocab.needType.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('protection.provider')} error={command.fieldError('providerAgencyId')}>
        {(p) => <input {...p} dir="ltr" value={provider} onChange={(e) => setProvider(e.target.value)} />}
      </Field>
    </CommandForm>
  );
}

/** A shelter bed: the shelters with their free beds, the request, and the arrival of a placed person. */
export function PlacementForm(props: {
  caseId: string;
  personIsChild: boolean;
  placements: readonly Placement[];
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const shelters = useAnswer((client) => answerOf(client.GET('/api/v1/protection/shelters', {})), []);
  const [shelterId, setShelterId] = useState('');
  // A child goes to a children's shelter, an adult to an adults' one: only those are offered.
  const suitable = (shelters.data?.items ?? []).filter((s) => s.forChildren === props.personIsChild);
  const chosen = shelterId || suitable[0]?.shelterId || '';
  const placed = props.placements.filter((p) => p.status === 'placed');
  const done = () => {
    shelters.reload();
    props.onDone();
  };
  return (
    <>
      <ProblemNotice problem={shelters.error} onRetry={shelters.reload} />
      {shelters.data && (
        <table>
          <caption>{t('protection.shelters')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('protection.shelter')}</th>
              <th scope="col">{t('protection.freeBeds')}</th>
              <th scope="col">{t('protection.capacity')}</th>
              <th scope="col">{t('protection.queued')}</th>
            </tr>
          </thead>
          <tbody>
            {shelters.data.items.map((shelter) => (
              <tr key={shelter.shelterId}>
                <th scope="row">{i18n.language === 'ar' ? shelter.nameAr : shelter.nameEn}</th>
                <td>{formatNumber(shelter.free, i18n.language)}</td>
                <td>{formatNumber(shelter.capacity, i18n.language)}</td>
                <td>{formatNumber(shelter.queued, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CommandForm
        title={t('protection.requestPlacement')}
        submit={t('protection.requestPlacement')}
        command={command}
        onDone={done}
        onSubmit={() =>
          answerOf(
            api.POST('/api/v1/protection/cases/{caseId}/placements', {
              params: { path: { caseId: props.caseId } },
              body: { shelterId: chosen },
            }),
          )
        }
      >
        <Field label={t('protection.shelter')} error={command.fieldError('shelterId')}>
          {(p) => (
            <select {...p} value={chosen} onChange={(e) => setShelterId(e.target.value)}>
              {suitable.map((shelter) => (
                <option key={shelter.shelterId} value={shelter.shelterId}>
                  {t('protection.shelterOption', {
                    name: i18n.language === 'ar' ? shelter.nameAr : shelter.nameEn,
                    free: formatNumber(shelter.free, i18n.language),
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </CommandForm>
      {placed.map((placement) => (
        <button
          key={placement.placementId}
          type="button"
          className="button-secondary"
          onClick={() =>
            void command.run(
              () =>
                answerOf(
                  api.POST('/api/v1/protection/placements/{id}/check-in', {
                    params: { path: { id: placement.placementId } },
                  }),
                ),
              done,
            )
          }
        >
          {t('protection.checkIn', { shelter: placement.shelterId })}
        </button>
      ))}
    </>
  );
}

export function ResidenceForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const [status, setStatus] = useState<string>(residenceStatusRequestStatusValues[0]);
  const [validFrom, setValidFrom] = useState(today());
  const [expiresOn, setExpiresOn] = useState('');
  return (
    <CommandForm
      title={t('protection.recordResidence')}
      submit={t('protection.recordResidence')}
      command={command}
      onDone={onDone}
      onSubmit={() =>
        answerOf(
          api.POST('/api/v1/protection/cases/{caseId}/residence-status', {
            params: { path: { caseId } },
            body: {
              status: status as (typeof residenceStatusRequestStatusValues)[number],
              validFrom,
              ...(expiresOn ? { expiresOn } : {}),
            },
          }),
        )
      }
    >
      <Field label={t('protection.residenceStatus')} error={command.fieldError('status')}>
        {(p) => (
          <select {...p} value={status} onChange={(e) => setStatus(e.target.value)}>
            {residenceStatusRequestStatusValues.map((code) => (
              <option key={code} value={code}>
                {t(`vocab.residenceStatus.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('protection.validFrom')} error={command.fieldError('validFrom')}>
        {(p) => <input {...p} type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />}
      </Field>
      <Field label={t('protection.expiresOn')} error={command.fieldError('expiresOn')}>
        {(p) => <input {...p} type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} />}
      </Field>
    </CommandForm>
  );
}

/** A voluntary return: the person's consent, the risk assessment, who receives and who follows up. */
export function ReturnForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const command = useCommand();
  const [form, setForm] = useState({
    destinationCountry: '',
    consentToReturn: false,
    riskLevel: 'low' as (typeof returnPlanRequestRiskLevelValues)[number],
    travelDocumentsReady: false,
    receivingOrganisation: '',
    followUpAgencyId: '',
    plannedOn: '',
  });
  const set = (patch: Partial<typeof form>) => setForm((current) => ({ ...current, ...patch }));
  return (
    <CommandForm
      title={t('protection.planReturn')}
      submit={t('protection.planReturn')}
      command={command}
      onDone={onDone}
      onSubmit={() =>
        answerOf(
          api.POST('/api/v1/protection/cases/{caseId}/return-plan', {
            params: { path: { caseId } },
            body: { ...form, destinationCountry: form.destinationCountry.trim().toUpperCase() },
          }),
        )
      }
    >
      <Field label={t('protection.destinationCountry')} error={command.fieldError('destinationCountry')}>
        {(p) => (
          <input
            {...p}
            dir="ltr"
            value={form.destinationCountry}
            onChange={(e) => set({ destinationCountry: e.target.value })}
          />
        )}
      </Field>
      <label className="choice">
        <input
          type="checkbox"
          checked={form.consentToReturn}
          onChange={(e) => set({ consentToReturn: e.target.checked })}
        />
        {t('protection.consentToReturn')}
      </label>
      <Field label={t('protection.riskLevel')} error={command.fieldError('riskLevel')}>
        {(p) => (
          <select
            {...p}
            value={form.riskLevel}
            onChange={(e) => set({ riskLevel: e.target.value as typeof form.riskLevel })}
          >
            {returnPlanRequestRiskLevelValues.map((code) => (
              <option key={code} value={code}>
                {t(`vocab.riskLevel.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="choice">
        <input
          type="checkbox"
          checked={form.travelDocumentsReady}
          onChange={(e) => set({ travelDocumentsReady: e.target.checked })}
        />
        {t('protection.travelDocumentsReady')}
      </label>
      <Field
        label={t('protection.receivingOrganisation')}
        error={command.fieldError('receivingOrganisation')}
      >
        {(p) => (
          <input
            {...p}
            value={form.receivingOrganisation}
            onChange={(e) => set({ receivingOrganisation: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('protection.followUpAgency')} error={command.fieldError('followUpAgencyId')}>
        {(p) => (
          <input
            {...p}
            dir="ltr"
            value={form.followUpAgencyId}
            onChange={(e) => set({ followUpAgencyId: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('protection.plannedOn')} error={command.fieldError('plannedOn')}>
        {(p) => (
          <input
            {...p}
            type="date"
            value={form.plannedOn}
            onChange={(e) => set({ plannedOn: e.target.value })}
          />
        )}
      </Field>
    </CommandForm>
  );
}
