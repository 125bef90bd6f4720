import type { AttachmentDto, EncounterDto, InterpreterDto, PersonDto } from '@nrm/api-contracts';
import { AmendableSections } from '@nrm/api-contracts';
import { LocalDate } from '@nrm/calendar';
import { ageBandOf } from '@nrm/contracts';
import type {
  AgeBand,
  ExploitationType,
  ImmediateRisk,
  MeansOfControlValue,
  RecruitmentMethod,
} from '@nrm/contracts';
import type { OwnerSealer } from '@nrm/security';
import { ageOn, isHandledAsChild } from './referral-rules';
import type { NewReferral, ReferralRow } from './referral.repository';

/** The sections of a referral a referrer writes and may later correct. */
export interface ReferralContent {
  encounter: EncounterDto;
  person: PersonDto;
  exploitationTypes: ExploitationType[];
  immediateRisks: ImmediateRisk[];
  meansOfControl: MeansOfControlValue[];
  recruitmentMethod: RecruitmentMethod;
  interpreter: InterpreterDto;
  account?: string;
  attachments: AttachmentDto[];
}

/** The sections an amendment replaces: those the contract names (`AmendableSections`). */
export const AMENDABLE_SECTIONS = AmendableSections satisfies readonly (keyof ReferralContent)[];

/** Risks that make a referral urgent: protection and alerts go out at once. */
export const URGENT_RISKS: readonly ImmediateRisk[] = ['danger_to_life', 'medical_urgency'];

export interface DerivedFacts {
  handledAsChild: boolean;
  ageBand: AgeBand;
  urgentRisks: ImmediateRisk[];
  requiresImmediateProtection: boolean;
}

/** Facts the platform acts on, derived from the content (never entered twice). */
export function deriveFacts(content: ReferralContent): DerivedFacts {
  const person = content.person;
  const handledAsChild = isHandledAsChild({ encounterDate: content.encounter.date, person });
  const age = person.dateOfBirth
    ? ageOn(LocalDate.parse(person.dateOfBirth), LocalDate.parse(content.encounter.date))
    : person.estimatedAge;
  const urgentRisks = content.immediateRisks.filter((r) => URGENT_RISKS.includes(r));
  return {
    handledAsChild,
    ageBand: ageBandOf(age),
    urgentRisks,
    requiresImmediateProtection: handledAsChild || urgentRisks.length > 0,
  };
}

/** The columns a referral's content is kept in: plain for non-identifying facts, sealed for personal data. */
export type ContentColumns = Pick<
  NewReferral,
  | 'encountered_on'
  | 'region'
  | 'handled_as_child'
  | 'age_band'
  | 'requires_immediate_protection'
  | 'sex'
  | 'nationalities'
  | 'exploitation_types'
  | 'immediate_risks'
  | 'means_of_control'
  | 'recruitment_method'
  | 'interpreter_needed'
  | 'interpreter_language'
  | 'attachments'
  | 'person_sealed'
  | 'encounter_place_sealed'
  | 'account_sealed'
>;

/** The content as a referral's columns: plain for non-identifying facts, sealed for personal data. */
export function contentColumns(content: ReferralContent, sealer: OwnerSealer): ContentColumns {
  const facts = deriveFacts(content);
  return {
    encountered_on: content.encounter.date,
    region: content.encounter.region ?? null,
    handled_as_child: facts.handledAsChild,
    age_band: facts.ageBand,
    requires_immediate_protection: facts.requiresImmediateProtection,
    sex: content.person.sex,
    nationalities: content.person.nationalities,
    exploitation_types: content.exploitationTypes,
    immediate_risks: content.immediateRisks,
    means_of_control: content.meansOfControl,
    recruitment_method: content.recruitmentMethod,
    interpreter_needed: content.interpreter.needed,
    interpreter_language: content.interpreter.language ?? null,
    attachments: content.attachments,
    person_sealed: sealer.sealJson(content.person),
    encounter_place_sealed: sealer.seal(content.encounter.place),
    account_sealed: content.account ? sealer.seal(content.account) : null,
  };
}

/** Reads the content back out of a referral. */
export function openContent(record: ReferralRow, sealer: OwnerSealer): ReferralContent {
  return {
    encounter: {
      date: record.encountered_on,
      place: sealer.open(record.encounter_place_sealed),
      ...(record.region ? { region: record.region } : {}),
    },
    person: sealer.openJson<PersonDto>(record.person_sealed),
    exploitationTypes: record.exploitation_types as ExploitationType[],
    immediateRisks: record.immediate_risks as ImmediateRisk[],
    meansOfControl: record.means_of_control as MeansOfControlValue[],
    recruitmentMethod: record.recruitment_method as RecruitmentMethod,
    interpreter: {
      needed: record.interpreter_needed,
      ...(record.interpreter_language ? { language: record.interpreter_language } : {}),
    },
    ...(record.account_sealed ? { account: sealer.open(record.account_sealed) } : {}),
    attachments: record.attachments as unknown as AttachmentDto[],
  };
}

/** The names, birth date and documents of a person, as matching needs them. */
export function identifiersOf(person: PersonDto) {
  return {
    names: [person.names.arabic, person.names.latin, ...(person.aliases ?? [])].filter(
      (n): n is string => !!n,
    ),
    dateOfBirth: person.dateOfBirth,
    // An estimated age dates from when it is given; two years either side are allowed for.
    estimatedBirthYear:
      person.dateOfBirth === undefined && person.estimatedAge !== undefined
        ? new Date().getUTCFullYear() - person.estimatedAge
        : undefined,
    documents: person.documents ?? [],
  };
}
