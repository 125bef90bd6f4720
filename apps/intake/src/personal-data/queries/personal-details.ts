import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PersonalDataResponse } from '@nrm/api-contracts';
import type { AgencyType } from '@nrm/contracts';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { CaseInvolvement } from '@nrm/case-involvement';
import { ProblemException } from '@nrm/service-kit';
import { ConsentRepository } from '../../consent/consent.repository';
import { ReferralAccess } from '../../referrals/referral-access';
import { openContent } from '../../referrals/referral-content';
import { ReferralRepository } from '../../referrals/referral.repository';
import { DisclosureOverrideRepository } from '../disclosure-override.repository';
import { disclosureRefusal, personalDataViewFor, projectPersonalData } from '../disclosure-rules';

/**
 * A person's details for one reader: the view their role and their agency's ties to the case give
 * (referrer, competent authority, a provider or shelter the person was referred to, an investigation
 * the case belongs to), within the person's consent. Anyone else is answered as if there were no case.
 */
@Injectable()
export class PersonalDetails {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keyring: DataKeyring,
    private readonly access: ReferralAccess,
    private readonly involvement: CaseInvolvement,
    private readonly referrals: ReferralRepository,
    private readonly consents: ConsentRepository,
    private readonly overrides: DisclosureOverrideRepository,
  ) {}

  async execute(caseId: string, actor: Actor): Promise<PersonalDataResponse> {
    const manager = this.dataSource.manager;
    const record = await this.referrals.find(manager, caseId);
    if (!record) throw new ProblemException('notFound', 'no such case');
    const view = personalDataViewFor({
      role: actor.role,
      referrer: record.referring_agency_id === actor.agencyId,
      competentAuthority: await this.access.isCompetentAuthority(actor),
      involvements: await this.involvement.of(manager, caseId, actor.agencyId),
    });
    if (!view) throw new ProblemException('notFound', 'no such case');
    if (record.personal_data_erased_at) {
      throw new ProblemException('gone', 'the personal data of this case has been erased');
    }
    const sharing = (await this.consents.current(manager, caseId)).find((c) => c.purpose === 'data_sharing');
    const refusal = disclosureRefusal(
      view,
      (await this.access.agencyTypeOf(actor.agencyId)) as AgencyType | undefined,
      {
        sharingAgencyTypes: sharing?.granted ? sharing.sharingAgencyTypes : [],
        personIsChild: record.handled_as_child,
        overriddenForAgency: await this.overrides.existsFor(manager, caseId, actor.agencyId),
      },
    );
    if (refusal) throw new ProblemException('forbidden', refusal);
    const content = openContent(record, await this.keyring.sealerFor(manager, caseId));
    const person = content.person;
    const { shown, withheld } = projectPersonalData(view, {
      names: person.names,
      aliases: person.aliases,
      dateOfBirth: person.dateOfBirth,
      estimatedAge: person.estimatedAge,
      sex: person.sex,
      nationalities: person.nationalities,
      languages: person.languages,
      interpreter: content.interpreter,
      documents: person.documents,
      contact: person.contact,
      encounterPlace: content.encounter.place,
      account: content.account,
    });
    return { caseId, view, details: shown, withheld };
  }
}
