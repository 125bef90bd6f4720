import {
  applyDecorators,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  AmendReferralRequest,
  AnonymousNoticeRequest,
  ConsentChangeRequest,
  CreateReferralRequest,
  DuplicateDecisionRequest,
  ReferralAcceptedResponse,
  ReferralStatusResponse,
  WithdrawReferralRequest,
  ErasePersonalDataRequest,
  DisclosureOverrideRequest,
  DisclosureOverrideResponse,
  PersonalDataErasureResponse,
  PersonalDataResponse,
} from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { requireRole } from '@nrm/service-kit';
import { AuthenticatedActor } from '../auth/actor.decorator';
import { ServiceClient } from '../upstream/service-client';
import {
  amendmentExample,
  anonymousNoticeExample,
  consentWithdrawalExample,
  duplicateDecisionExample,
  erasureExample,
  referralExample,
  withdrawalExample,
} from './referral.examples';

const CASE_ID = new ParseUUIDPipe({ version: '4' });
const withProblems = () =>
  applyDecorators(
    ApiResponse({
      status: 400,
      description: 'problem+json listing each invalid field; nothing is stored or emitted',
    }),
    ApiResponse({ status: 401, description: 'no or invalid access token' }),
    ApiResponse({ status: 403, description: 'the role or agency may not do this' }),
  );

/** Referrals: what first responders hand over, and what the competent authority reviews. */
@ApiTags('referrals')
@ApiBearerAuth()
@Controller('api/v1/referrals')
export class ReferralsController {
  constructor(private readonly services: ServiceClient) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Refer a presumed victim (first responders)',
    description:
      'A person under 18 or of unknown age is handled as a child: no consent needed, protection at once. ' +
      "An adult's referral needs their consent; without it record an anonymous notice instead. " +
      'Danger to life or medical urgency alerts the agencies named by policy at once.',
  })
  @ApiBody({ type: CreateReferralRequest, examples: { adult: { value: referralExample } } })
  @ApiCreatedResponse({ type: ReferralAcceptedResponse })
  @withProblems()
  async create(
    @Body() body: CreateReferralRequest,
    @AuthenticatedActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReferralAcceptedResponse> {
    requireRole(actor, 'first_responder');
    const { body: accepted } = await this.services.call<ReferralAcceptedResponse>(
      'intake',
      'POST',
      '/internal/referrals',
      actor,
      {
        body,
      },
    );
    const result = accepted as ReferralAcceptedResponse;
    void reply.header('location', `/api/v1/referrals/${result.caseId}`);
    return result;
  }

  @Get()
  @ApiOperation({ summary: "Your agency's referrals, newest first, with their status" })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 200, default 50' })
  @ApiQuery({
    name: 'before',
    required: false,
    description: 'ISO 8601 time: referrals made before it (next page)',
  })
  @ApiOkResponse({ type: ReferralStatusResponse, isArray: true })
  @withProblems()
  async listOwn(
    @AuthenticatedActor() actor: Actor,
    @Query('limit') limit?: string,
    @Query('before') before?: string,
  ) {
    const query = new URLSearchParams();
    if (limit !== undefined) query.set('limit', limit);
    if (before !== undefined) query.set('before', before);
    return (await this.services.call('intake', 'GET', `/internal/referrals?${query}`, actor)).body;
  }

  @Post('anonymous-notices')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record an anonymous notice: an adult declined referral (first responders)',
    description:
      'Only statistical facts are kept, with a pseudonymous link (keyed hash) built from the optional ' +
      "`link` identifiers, which are not stored. Whether the notice is reported to the police is the jurisdiction's policy.",
  })
  @ApiBody({ type: AnonymousNoticeRequest, examples: { declined: { value: anonymousNoticeExample } } })
  @withProblems()
  async anonymousNotice(@Body() body: AnonymousNoticeRequest, @AuthenticatedActor() actor: Actor) {
    requireRole(actor, 'first_responder');
    return (
      await this.services.call('intake', 'POST', '/internal/referrals/anonymous-notices', actor, { body })
    ).body;
  }

  @Get('duplicates')
  @ApiOperation({ summary: 'Suspected duplicate referrals to review (supervisors, identification officers)' })
  @ApiQuery({ name: 'status', required: false, enum: ['suspected', 'confirmed', 'rejected'] })
  @withProblems()
  async duplicates(@AuthenticatedActor() actor: Actor, @Query('status') status?: string) {
    requireRole(actor, 'supervisor', 'identification_officer');
    const query = status === undefined ? '' : `?${new URLSearchParams({ status })}`;
    return (await this.services.call('intake', 'GET', `/internal/referrals/duplicates${query}`, actor)).body;
  }

  @Post('duplicates/:linkId/decision')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Confirm or reject a suspected duplicate (supervisors); referrals are never merged',
  })
  @ApiNoContentResponse()
  @ApiResponse({ status: 409, description: 'the link was already decided' })
  @ApiBody({ type: DuplicateDecisionRequest, examples: { confirm: { value: duplicateDecisionExample } } })
  @withProblems()
  async decideDuplicate(
    @Param('linkId', new ParseUUIDPipe()) linkId: string,
    @Body() body: DuplicateDecisionRequest,
    @AuthenticatedActor() actor: Actor,
  ): Promise<void> {
    requireRole(actor, 'supervisor');
    await this.services.call('intake', 'POST', `/internal/referrals/duplicates/${linkId}/decision`, actor, {
      body,
    });
  }

  @Get(':caseId')
  @ApiOperation({ summary: 'The status of a referral, for the referring agency and the competent authority' })
  @ApiOkResponse({ type: ReferralStatusResponse })
  @ApiResponse({ status: 404, description: 'no such case, or not one of yours' })
  async get(@Param('caseId', CASE_ID) caseId: string, @AuthenticatedActor() actor: Actor) {
    return (await this.services.call('intake', 'GET', `/internal/referrals/${caseId}`, actor)).body;
  }

  @Patch(':caseId')
  @ApiOperation({
    summary: 'Correct a referral (the referring agency); each section given replaces the old one',
    description: 'Versioned: the previous record is kept with who changed what and why.',
  })
  @ApiResponse({ status: 409, description: 'the referral was withdrawn' })
  @ApiBody({ type: AmendReferralRequest, examples: { correction: { value: amendmentExample } } })
  @withProblems()
  async amend(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: AmendReferralRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    requireRole(actor, 'first_responder');
    return (await this.services.call('intake', 'PATCH', `/internal/referrals/${caseId}`, actor, { body }))
      .body;
  }

  @Get(':caseId/versions')
  @ApiOperation({ summary: 'The versions of a referral: who changed which sections, when' })
  async versions(@Param('caseId', CASE_ID) caseId: string, @AuthenticatedActor() actor: Actor) {
    return (await this.services.call('intake', 'GET', `/internal/referrals/${caseId}/versions`, actor)).body;
  }

  @Post(':caseId/withdrawal')
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw a referral with a reason (the referring agency)' })
  @ApiNoContentResponse()
  @ApiResponse({ status: 409, description: 'already withdrawn' })
  @ApiBody({ type: WithdrawReferralRequest, examples: { error: { value: withdrawalExample } } })
  @withProblems()
  async withdraw(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: WithdrawReferralRequest,
    @AuthenticatedActor() actor: Actor,
  ): Promise<void> {
    requireRole(actor, 'first_responder');
    await this.services.call('intake', 'POST', `/internal/referrals/${caseId}/withdrawal`, actor, { body });
  }

  @Get(':caseId/personal-data')
  @ApiOperation({
    summary: "The person's details, as far as the reader needs to know them",
    description:
      'The referrer and the competent authority see everything the referral holds; a shelter or service ' +
      'provider the person was referred to sees who to receive and how to talk to them; investigators and ' +
      'prosecutors of an investigation the case belongs to see identity and documents, within the ' +
      "person's consent (children excepted). Anyone else gets 404. `withheld` names what was not shown.",
  })
  @ApiResponse({ status: 200, type: PersonalDataResponse })
  @ApiResponse({ status: 403, description: "outside the person's consent" })
  @ApiResponse({ status: 410, description: 'the personal data was erased' })
  async personalData(
    @Param('caseId', CASE_ID) caseId: string,
    @AuthenticatedActor() actor: Actor,
  ): Promise<PersonalDataResponse> {
    return (
      await this.services.call<PersonalDataResponse>(
        'intake',
        'GET',
        `/internal/referrals/${caseId}/personal-data`,
        actor,
      )
    ).body as PersonalDataResponse;
  }

  @Post(':caseId/disclosure-overrides')
  @HttpCode(201)
  @ApiOperation({
    summary:
      "Disclose a person's details to one agency beyond their consent (a competent authority supervisor)",
    description:
      'The reason is kept sealed with the case and the decision is in the audit log. The agency still ' +
      'needs its own tie to the case (an investigation) to read the details.',
  })
  @ApiResponse({ status: 201, type: DisclosureOverrideResponse })
  @ApiBody({ type: DisclosureOverrideRequest })
  @withProblems()
  async overrideDisclosure(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: DisclosureOverrideRequest,
    @AuthenticatedActor() actor: Actor,
  ): Promise<DisclosureOverrideResponse> {
    requireRole(actor, 'supervisor');
    return (
      await this.services.call<DisclosureOverrideResponse>(
        'intake',
        'POST',
        `/internal/referrals/${caseId}/disclosure-overrides`,
        actor,
        { body },
      )
    ).body as DisclosureOverrideResponse;
  }

  @Post(':caseId/personal-data-erasure')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Erase the personal data of a case (a supervisor of the competent authority)',
    description:
      'Every service destroys its data key for the case (crypto-shredding): names, documents, places, ' +
      'accounts and notes become unreadable for good. Statuses, dates, codes, statistics and the audit ' +
      'logs remain. Afterwards, writing personal data to the case answers 410.',
  })
  @ApiResponse({ status: 200, type: PersonalDataErasureResponse })
  @ApiResponse({ status: 409, description: 'already erased' })
  @ApiBody({ type: ErasePersonalDataRequest, examples: { courtOrder: { value: erasureExample } } })
  @withProblems()
  async erase(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: ErasePersonalDataRequest,
    @AuthenticatedActor() actor: Actor,
  ): Promise<PersonalDataErasureResponse> {
    requireRole(actor, 'supervisor');
    return (
      await this.services.call<PersonalDataErasureResponse>(
        'intake',
        'POST',
        `/internal/referrals/${caseId}/personal-data-erasure`,
        actor,
        { body },
      )
    ).body as PersonalDataErasureResponse;
  }

  @Get(':caseId/consents')
  @ApiOperation({ summary: 'The consent in force, by purpose' })
  async consents(@Param('caseId', CASE_ID) caseId: string, @AuthenticatedActor() actor: Actor) {
    return (await this.services.call('intake', 'GET', `/internal/referrals/${caseId}/consents`, actor)).body;
  }

  @Post(':caseId/consents')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record consent given or withdrawn for one purpose',
    description: 'A withdrawal is an event every service acts on.',
  })
  @ApiBody({ type: ConsentChangeRequest, examples: { withdrawal: { value: consentWithdrawalExample } } })
  @withProblems()
  async changeConsent(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: ConsentChangeRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return (
      await this.services.call('intake', 'POST', `/internal/referrals/${caseId}/consents`, actor, { body })
    ).body;
  }
}
