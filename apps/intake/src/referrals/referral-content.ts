import type { AttachmentDto, EncounterDto, InterpreterDto, PersonDto } from '@nrm/api-contracts';
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
import type { ReferralRecord } from './referral.entity';

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

export const AMENDABLE_SECTIONS = [
  'encounter',
  'person',
  'exploitationTypes',
  'immediateRisks',
  'meansOfControl',
  'recruitmentMethod',
  'interpreter',
  'account',
  'attachments',
] as const satisfies readonly (keyof ReferralContent)[];

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

/** Writes content into a record: plain for non-identifying facts, sealed for personal data. */
export function applyContent(record: ReferralRecord, content: ReferralContent, sealer: OwnerSealer): void {
  const facts = deriveFacts(content);
  Object.assign(record, {
    encounteredOn: content.encounter.date,
    region: content.encounter.region ?? null,
    handledAsChild: facts.handledAsChild,
    ageBand: facts.ageBand,
    requiresImmediateProtection: facts.requiresImmediateProtection,
    sex: content.person.sex,
    nationalities: content.person.nationalities,
    exploitationTypes: content.exploitationTypes,
    immediateRisks: content.immediateRisks,
    meansOfControl: content.meansOfControl,
    recruitmentMethod: content.recruitmentMethod,
    interpreterNeeded: content.interpreter.needed,
    interpreterLanguage: content.interpreter.language ?? null,
    attachments: content.attachments,
    personSealed: sealer.sealJson(content.person),
    encounterPlaceSealed: sealer.seal(content.encounter.place),
    accountSealed: content.account ? sealer.seal(content.account) : null,
  });
}

/** Reads the content back out of a record. */
export function openContent(record: ReferralRecord, sealer: OwnerSealer): ReferralContent {
  return {
    encounter: {
      date: record.encounteredOn,
      place: sealer.open(record.encounterPlaceSealed),
      ...(record.region ? { region: record.region } : {}),
    },
    person: sealer.openJson<PersonDto>(record.personSealed),
    exploitationTypes: record.exploitationTypes as ExploitationType[],
    immediateRisks: record.immediateRisks as ImmediateRisk[],
    meansOfControl: record.meansOfControl as MeansOfControlValue[],
    recruitmentMethod: record.recruitmentMethod as RecruitmentMethod,
    interpreter: {
      needed: record.interpreterNeeded,
      ...(record.interpreterLanguage ? { language: record.interpreterLanguage } : {}),
    },
    ...(record.accountSealed ? { account: sealer.open(record.accountSealed) } : {}),
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
