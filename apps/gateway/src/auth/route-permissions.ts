import { CaseRoles, Roles } from '@nrm/contracts';
import type { Role } from '@nrm/contracts';

/**
 * The role layer of authorisation: for every gateway route, the roles that may call it. The gateway
 * refuses every other role (403) before anything is relayed, and refuses a route missing from this
 * table; each service checks roles again, and the object-level checks (the actor's agency must be the
 * referrer, the assigned authority, one of an investigation's agencies, a protection agency, the
 * provider...) are the services' and are named in the comments. `docs/authorization.md` is generated
 * from this table, and an end-to-end test calls every route with every role.
 *
 * Paths in comments: `gw` = apps/gateway/src, `intake` = apps/intake/src, `ident` =
 * apps/identification/src, `prot` = apps/protection/src, `pros` = apps/prosecution-tracking/src,
 * `notif` = apps/notifications/src, `analytics` = apps/analytics/src.
 *
 * `REVIEW:` marks a rule of a service that is wider than need-to-know asks for; the table already
 * narrows what it can by role (analysts and administrators never read case data).
 */

/** Every role: what each user has whatever their work (their inbox, their agency's preferences). */
const EVERY_ROLE: readonly Role[] = Roles;

/** Roles that work on cases: everyone but analysts (statistics only) and administrators (settings only). */
const CASE_READERS: readonly Role[] = CaseRoles;

/** The competent authority's deciding roles (ident decisions/screening-decisions.ts DECIDING_ROLES). */
const DECIDING: readonly Role[] = ['identification_officer', 'supervisor'];

/** prot cases/protection-access.ts CASE_WORKERS (requireCaseWorker also needs a protection agency). */
const CASE_WORKERS: readonly Role[] = ['protection_case_worker', 'supervisor'];

/** pros proceedings/proceedings-rules.ts INVESTIGATION_ROLES. */
const INVESTIGATION: readonly Role[] = ['investigator', 'prosecutor', 'supervisor'];

/** pros proceedings/court-proceedings.ts WORKERS. */
const COURT_WORKERS: readonly Role[] = ['investigator', 'prosecutor'];

/** analytics statistics/statistics.controller.ts READERS. */
const STATISTICS_READERS: readonly Role[] = ['analyst', 'supervisor', 'administrator'];

/** Which roles may call each gateway route, by `METHOD /path` exactly as the Nest route is declared (path params as `:id`). */
export const RoutePermissions: Readonly<Record<string, readonly Role[]>> = {
  // ---- Referrals: gw referrals/referrals.controller.ts -> intake ----

  // gw ReferralsController.create requireRole; intake referrals/register-referral.usecase.ts
  //   RegisterReferral.execute requireRole.
  'POST /api/v1/referrals': ['first_responder'],
  // gw: none; intake referrals/referrals.controller.ts ReferralsController.listOwn requireRole. Object: own
  //   agency's referrals only.
  'GET /api/v1/referrals': ['first_responder', 'supervisor'],
  // gw ReferralsController.anonymousNotice requireRole; intake
  //   anonymous-notices/record-anonymous-notice.usecase.ts RecordAnonymousNotice.execute requireRole.
  'POST /api/v1/referrals/anonymous-notices': ['first_responder'],
  // gw ReferralsController.duplicates requireRole; intake duplicates/duplicates.controller.ts
  //   DuplicatesController.list requireRole + requireCompetentAuthority (agency of type competent_authority).
  'GET /api/v1/referrals/duplicates': ['identification_officer', 'supervisor'],
  // gw ReferralsController.decideDuplicate requireRole; intake duplicates/decide-duplicate.usecase.ts
  //   DecideDuplicate.execute requireRole + requireCompetentAuthority.
  'POST /api/v1/referrals/duplicates/:linkId/decision': ['supervisor'],
  // gw: none; intake ReferralsController.status -> referrals/referral-access.ts ReferralAccess.find/canSee:
  //   the agencies involved while they are: the referring agency, AUTHORITY_ROLES of an agency of type
  //   competent_authority, and the providers, shelters and investigations the case went to (intake
  //   personal-data/case-involvement.ts, from the events); never analysts or administrators; else 404.
  'GET /api/v1/referrals/:caseId': CASE_READERS,
  // gw ReferralsController.amend requireRole; intake referrals/amend-referral.usecase.ts
  //   AmendReferral.execute requireRole. Object: lockForChange referrerOnly (referring agency only).
  'PATCH /api/v1/referrals/:caseId': ['first_responder'],
  // gw: none; intake ReferralsController.versions -> ReferralAccess.find (as GET /api/v1/referrals/:caseId).
  'GET /api/v1/referrals/:caseId/versions': CASE_READERS,
  // gw ReferralsController.withdraw requireRole; intake referrals/withdraw-referral.usecase.ts
  //   WithdrawReferral.execute requireRole. Object: lockForChange referrerOnly.
  'POST /api/v1/referrals/:caseId/withdrawal': ['first_responder'],
  // gw: none; intake personal-data/read-personal-data.usecase.ts ReadPersonalData.execute: the view by
  //   personal-data/disclosure-rules.ts (referrer's first_responder/supervisor and the competent authority:
  //   full; an involved provider or shelter's case workers: care; an involved investigation's investigators
  //   and prosecutors: investigation, within consent); anyone else 404.
  'GET /api/v1/referrals/:caseId/personal-data': CASE_READERS,
  // gw ReferralsController.overrideDisclosure requireRole; intake personal-data/override-disclosure.usecase.ts
  //   OverrideDisclosure.execute requireRole + requireCompetentAuthority.
  'POST /api/v1/referrals/:caseId/disclosure-overrides': ['supervisor'],
  // gw ReferralsController.erase requireRole; intake referrals/erase-personal-data.usecase.ts
  //   ErasePersonalData.execute requireRole + requireCompetentAuthority (a supervisor of an agency of type
  //   competent_authority).
  'POST /api/v1/referrals/:caseId/personal-data-erasure': ['supervisor'],
  // gw: none; intake ReferralsController.consents -> ReferralAccess.find (as GET /api/v1/referrals/:caseId).
  'GET /api/v1/referrals/:caseId/consents': CASE_READERS,
  // gw: none; intake consent/record-consent.usecase.ts RecordConsent.execute requireRole. Object:
  //   lockForChange (first_responder: referring agency only; others: ReferralAccess.canSee, so the competent
  //   authority or a provider or shelter involved in the case, to whom the person often gives or withdraws it).
  'POST /api/v1/referrals/:caseId/consents': [
    'first_responder',
    'identification_officer',
    'protection_case_worker',
    'supervisor',
  ],

  // ---- Screenings: gw screenings/screenings.controller.ts (no role checks) -> identification ----

  // gw: none; ident screening/screening.controller.ts ScreeningController.queue requireRole. Object:
  //   screenings assigned to the actor's agency.
  'GET /api/v1/screenings': ['identification_officer', 'supervisor'],
  // gw: none; ident ScreeningController.get requireRole(CaseRoles). Object: referring or assigned agency,
  //   else 404.
  'GET /api/v1/screenings/:caseId': CASE_READERS,
  // gw: none; ident decisions/screening-decisions.ts ScreeningDecisions.preliminary
  //   requireRole(DECIDING_ROLES). Object: change(assignedOnly) assigned agency only.
  'POST /api/v1/screenings/:caseId/preliminary-decision': DECIDING,
  // gw: none; ident ScreeningDecisions.extendRecovery requireRole(DECIDING_ROLES). Object: assigned agency
  //   only.
  'POST /api/v1/screenings/:caseId/recovery-period/extensions': DECIDING,
  // gw: none; ident ScreeningDecisions.final requireRole(DECIDING_ROLES). Object: assigned agency only.
  'POST /api/v1/screenings/:caseId/final-decision': DECIDING,
  // gw: none; ident ScreeningDecisions.review requireRole(DECIDING_ROLES). Object: assigned agency;
  //   screening-lifecycle reviewNegativeFinal refuses the decision's author (by user, not role).
  'POST /api/v1/screenings/:caseId/final-decision/review': DECIDING,
  // gw: none; ident ScreeningDecisions.reconsider requireRole. Object: a first_responder must be of the
  //   referring agency; a protection_case_worker or service_provider's agency must be a provider or shelter
  //   the case was referred to (CaseInvolvement, from protection's events); else 404.
  'POST /api/v1/screenings/:caseId/reconsideration': [
    'first_responder',
    'protection_case_worker',
    'service_provider',
  ],
  // gw: none; ident ScreeningDecisions.recordPalermoTest requireRole(DECIDING_ROLES). Object: assigned agency
  //   only.
  'POST /api/v1/screenings/:caseId/palermo-test': DECIDING,
  // gw: none; ident indicators/indicator-assessments.ts IndicatorAssessments requireRole(DECIDING_ROLES).
  //   Object: assigned agency only, else 404.
  'GET /api/v1/screenings/:caseId/indicator-assessments': DECIDING,
  'POST /api/v1/screenings/:caseId/indicator-assessments': DECIDING,
  'GET /api/v1/screenings/:caseId/indicator-assessments/:assessmentId': DECIDING,
  'PUT /api/v1/screenings/:caseId/indicator-assessments/:assessmentId/answers': DECIDING,
  'POST /api/v1/screenings/:caseId/indicator-assessments/:assessmentId/completion': DECIDING,

  // ---- Indicator catalogues: gw screenings/indicators.controller.ts -> identification ----

  // gw: none; ident indicators/indicator-catalogues.ts IndicatorCatalogues requireAuthority: the role,
  //   and the competent authority's agency (else 403). Administrators keep settings, and a catalogue is one.
  'GET /api/v1/indicator-catalogues': [...DECIDING, 'administrator'],
  'GET /api/v1/indicator-catalogues/:version': [...DECIDING, 'administrator'],
  'GET /api/v1/indicator-catalogues/:version/differences': [...DECIDING, 'administrator'],
  // ident IndicatorCatalogues.load / adopt: administrators of the competent authority; adopt refuses the
  //   administrator who loaded the version (409).
  'POST /api/v1/indicator-catalogues': ['administrator'],
  'POST /api/v1/indicator-catalogues/:version/adoption': ['administrator'],

  // ---- Case view: gw cases/cases.controller.ts ----

  // gw CasesController.get: intake GET /internal/referrals/:caseId first (ReferralAccess.find; its 404 ends
  //   the request), then in parallel: ident ScreeningController.get (404 tolerated); prot CaseView.get,
  //   called only for PROTECTION_ROLES (= CASE_WORKERS; non-protection agency -> 404 tolerated); pros
  //   Investigations.caseTimeline (requireRole(CaseRoles); TIMELINE_DETAIL_ROLES add hearings and
  //   compensation); notif InboxController.list (filtered by role). So the case view reaches the agencies
  //   involved in the case (intake's ReferralAccess.canSee), never analysts or administrators.
  // REVIEW: the prosecution timeline endpoint has no object check of its own: it relies on the gateway
  //   having passed intake's check first.
  'GET /api/v1/cases/:caseId': CASE_READERS,
  // gw CasesController.accessLog requireRole; every service's AuditController.caseAccess
  //   (libs/service-kit/src/audit.ts) requireRole.
  //   Object: gw CasesController.holdsCase: an agency that sees the case in intake (ReferralAccess.canSee)
  //   or in protection (lead or tied); else 404. Other agencies' entries come without user ids.
  'GET /api/v1/cases/:caseId/access-log': ['supervisor'],

  // ---- Inbox: gw inbox/inbox.controller.ts -> notifications ----

  // gw: none; notif inbox/inbox.controller.ts InboxController.list: rows of the actor's agency addressed to
  //   their role (audience_roles) or to all; refuses no role.
  'GET /api/v1/inbox': EVERY_ROLE,
  // gw: none; notif InboxController.markRead: same agency and audience_roles filter; 404 when not addressed
  //   to the actor.
  'POST /api/v1/inbox/:notificationId/read': EVERY_ROLE,

  // ---- Agency notification settings: gw inbox/agency-notifications.controller.ts -> notifications ----

  // gw AgencyNotificationsController.putWebhook requireRole; notif webhooks/webhook-endpoint.controller.ts
  //   WebhookEndpointController.put requireRole.
  'PUT /api/v1/agency/webhook': ['administrator'],
  // gw AgencyNotificationsController.testWebhook requireRole; notif WebhookEndpointController.test
  //   requireRole.
  'POST /api/v1/agency/webhook/test': ['administrator'],
  // gw AgencyNotificationsController.putEmail requireRole; notif email/email-endpoint.controller.ts
  //   EmailEndpointController.put requireRole.
  'PUT /api/v1/agency/email': ['administrator'],
  // gw AgencyNotificationsController.subscriptions requireRole; notif routing/subscriptions.controller.ts
  //   SubscriptionsController.list requireRole.
  'GET /api/v1/agency/subscriptions': ['supervisor', 'administrator'],
  // gw AgencyNotificationsController.putSubscription requireRole; notif SubscriptionsController.put
  //   requireRole.
  'PUT /api/v1/agency/subscriptions/:kind': ['administrator'],
  // gw AgencyNotificationsController.resetSubscription requireRole; notif SubscriptionsController.reset
  //   requireRole.
  'DELETE /api/v1/agency/subscriptions/:kind': ['administrator'],
  // gw: none; notif agencies/agency-preferences.controller.ts AgencyPreferencesController.get: none (own
  //   agency's language and calendar).
  'GET /api/v1/agency/preferences': EVERY_ROLE,
  // gw AgencyNotificationsController.putPreferences requireRole; notif AgencyPreferencesController.put
  //   requireRole.
  'PUT /api/v1/agency/preferences': ['administrator'],
  // gw AgencyNotificationsController.deliveries requireRole; notif deliveries/delivery-history.controller.ts
  //   DeliveryHistoryController.list requireRole.
  'GET /api/v1/agency/deliveries': ['supervisor', 'administrator'],

  // ---- Protection: gw protection/protection.controller.ts (no role checks) -> protection ----
  // ProtectionAccess.requireCaseWorker (prot cases/protection-access.ts) = requireRole(CASE_WORKERS) + agency
  //   of type shelter/ngo/iom/competent_authority (403 otherwise).
  // ProtectionAccess.requireCaseManager = requireCaseWorker + the case's lead agency (protection_case.lead_agency_id,
  //   else PROTECTION_LEAD_AGENCY_ID) or the competent authority; another agency gets 404. Every route that
  //   changes a case uses it, except where noted.

  // gw: none; prot cases/case-view.ts CaseView.list -> requireCaseManager.
  //   Object: the cases the agency leads (protection_case.lead_agency_id, else PROTECTION_LEAD_AGENCY_ID) or a
  //   pending or accepted service referral or a current placement in its shelter ties it to; the competent
  //   authority sees all (prot cases/protection-access.ts casesSeenBy).
  'GET /api/v1/protection/cases': CASE_WORKERS,
  // gw: none; prot CaseView.get requireRole(CASE_WORKERS); a non-protection agency gets 404 (agency-type
  //   check), and so does an agency that neither leads the case nor is tied to it (casesSeenBy).
  'GET /api/v1/protection/cases/:caseId': CASE_WORKERS,
  // gw: none; prot cases/case-lead.ts CaseLead.handOver -> requireCaseManager(['supervisor']); the new lead
  //   must be a protection agency.
  'POST /api/v1/protection/cases/:caseId/lead-agency': ['supervisor'],
  // gw: none; prot plans/needs-assessments.ts NeedsAssessments.assess -> requireCaseManager.
  'POST /api/v1/protection/cases/:caseId/needs-assessments': CASE_WORKERS,
  // gw: none; prot services/service-referrals.ts ServiceReferrals.refer -> requireCaseManager; a consent
  //   override is supervisor-only (403 for a case worker).
  'POST /api/v1/protection/cases/:caseId/service-referrals': CASE_WORKERS,
  // gw: none; prot shelters/shelter-placements.ts ShelterPlacements.request -> requireCaseManager; a consent
  //   override is supervisor-only.
  'POST /api/v1/protection/cases/:caseId/placements': CASE_WORKERS,
  // gw: none; prot cases/case-closure.ts CaseClosure.request -> requireCaseManager.
  'POST /api/v1/protection/cases/:caseId/closure': CASE_WORKERS,
  // gw: none; prot CaseClosure.review -> requireCaseManager(['supervisor']); case-rules reviewClosure refuses
  //   the requester (by user).
  'POST /api/v1/protection/cases/:caseId/closure/review': ['supervisor'],
  // gw: none; prot residence/residence-statuses.ts ResidenceStatuses.record -> requireCaseManager.
  'POST /api/v1/protection/cases/:caseId/residence-status': CASE_WORKERS,
  // gw: none; prot returns/returns.ts Returns.plan -> requireCaseManager; a high-risk return or a child's
  //   needs a supervisor (returnNeedsSupervisor, 403 for a case worker).
  'POST /api/v1/protection/cases/:caseId/return-plan': CASE_WORKERS,
  // gw: none; prot Returns.complete -> requireCaseManager.
  'POST /api/v1/protection/cases/:caseId/return-plan/completion': CASE_WORKERS,
  // gw: none; prot Returns.cancel -> requireCaseManager.
  'POST /api/v1/protection/cases/:caseId/return-plan/cancellation': CASE_WORKERS,
  // gw: none; prot follow-ups/follow-ups.ts FollowUps.record: service_provider skips requireCaseManager but
  //   must be the follow-up's recipient agency (404); other roles -> requireCaseManager.
  'POST /api/v1/protection/cases/:caseId/follow-ups/:followUpId': [
    'protection_case_worker',
    'supervisor',
    'service_provider',
  ],
  // gw: none; prot court/court-tasks.ts CourtTasks.done -> requireCaseManager.
  'POST /api/v1/protection/cases/:caseId/court-tasks/:taskId/done': CASE_WORKERS,
  // gw: none; prot ServiceReferrals.forProvider requireRole. Object: referrals to the actor's own agency only
  //   (no agency-type check).
  'GET /api/v1/protection/service-referrals': ['service_provider', 'supervisor'],
  // gw: none; prot ServiceReferrals.answer requireRole. Object: the referral's provider must be the actor's
  //   agency (404).
  'POST /api/v1/protection/service-referrals/:id/accept': ['service_provider', 'supervisor'],
  // gw: none; prot ServiceReferrals.answer requireRole. Object: provider = actor's agency.
  'POST /api/v1/protection/service-referrals/:id/decline': ['service_provider', 'supervisor'],
  // gw: none; prot ServiceReferrals.answer requireRole. Object: provider = actor's agency.
  'POST /api/v1/protection/service-referrals/:id/complete': ['service_provider', 'supervisor'],
  // gw: none; prot ShelterPlacements.shelters -> caseWorkerOrShelterStaff: service_provider passes (sees its
  //   own shelters only), others requireCaseWorker.
  'GET /api/v1/protection/shelters': ['protection_case_worker', 'supervisor', 'service_provider'],
  // gw: none; prot ShelterPlacements.checkIn -> change -> caseWorkerOrShelterStaff; a service_provider only
  //   for its own shelters (404); a case worker of the shelter's provider, or else requireCaseManager.
  'POST /api/v1/protection/placements/:id/check-in': [
    'protection_case_worker',
    'supervisor',
    'service_provider',
  ],
  // gw: none; prot ShelterPlacements.checkOut -> change -> caseWorkerOrShelterStaff; a service_provider only
  //   for its own shelters; a case worker of the shelter's provider, or else requireCaseManager.
  'POST /api/v1/protection/placements/:id/check-out': [
    'protection_case_worker',
    'supervisor',
    'service_provider',
  ],
  // gw: none; prot ShelterPlacements.transfer -> requireCaseWorker, then requireCaseManager of the
  //   placement's case.
  'POST /api/v1/protection/placements/:id/transfer': CASE_WORKERS,

  // ---- Prosecution: gw prosecution/prosecution.controller.ts (no role checks) -> prosecution-tracking ----
  // findInvestigation (pros proceedings/investigation-store.ts) answers 404 unless maySeeInvestigation:
  //   INVESTIGATION_ROLES and one of the investigation's agencies.

  // gw: none; pros proceedings/investigations.ts Investigations.list requireRole(INVESTIGATION_ROLES).
  //   Object: investigations of the actor's agency.
  'GET /api/v1/prosecution/investigations': INVESTIGATION,
  // gw: none; pros Investigations.open requireRole. No agency-type check on the opener (LAW_ENFORCEMENT
  //   applies to added agencies only).
  'POST /api/v1/prosecution/investigations': ['investigator', 'prosecutor'],
  // gw: none; pros Investigations.get requireRole(INVESTIGATION_ROLES) + findInvestigation; suspects'
  //   identities only for investigator/prosecutor (maySeeSuspects).
  'GET /api/v1/prosecution/investigations/:id': INVESTIGATION,
  // gw: none; pros Investigations.addAgency requireRole + findInvestigation; the added agency must be law
  //   enforcement.
  'POST /api/v1/prosecution/investigations/:id/agencies': ['investigator', 'prosecutor'],
  // gw: none; pros Investigations.linkCase requireRole(INVESTIGATION_ROLES) + findInvestigation.
  'POST /api/v1/prosecution/investigations/:id/cases': INVESTIGATION,
  // gw: none; pros Investigations.close requireRole + findInvestigation.
  'POST /api/v1/prosecution/investigations/:id/closure': INVESTIGATION,
  // gw: none; pros Investigations.addSuspect requireRole + findInvestigation.
  'POST /api/v1/prosecution/investigations/:id/suspects': ['investigator', 'prosecutor'],
  // gw: none; pros proceedings/court-proceedings.ts CourtProceedings.fileCharge requireRole(WORKERS) +
  //   findInvestigation.
  'POST /api/v1/prosecution/investigations/:id/charges': COURT_WORKERS,
  // gw: none; pros CourtProceedings.amendCharge requireRole(WORKERS) + findInvestigation.
  'PATCH /api/v1/prosecution/investigations/:id/charges/:chargeId': COURT_WORKERS,
  // gw: none; pros CourtProceedings.scheduleHearing requireRole(WORKERS) + findInvestigation.
  'POST /api/v1/prosecution/investigations/:id/hearings': COURT_WORKERS,
  // gw: none; pros CourtProceedings.postponeHearing requireRole(WORKERS) + onHearing -> findInvestigation.
  'POST /api/v1/prosecution/hearings/:hearingId/postponement': COURT_WORKERS,
  // gw: none; pros CourtProceedings.holdHearing requireRole(WORKERS) + onHearing -> findInvestigation.
  'POST /api/v1/prosecution/hearings/:hearingId/held': COURT_WORKERS,
  // gw: none; pros CourtProceedings.arrangeTestimony requireRole(WORKERS) + onHearing -> findInvestigation.
  'POST /api/v1/prosecution/hearings/:hearingId/testimonies': COURT_WORKERS,
  // gw: none; pros CourtProceedings.recordVerdict requireRole + findInvestigation.
  'POST /api/v1/prosecution/investigations/:id/verdicts': ['prosecutor'],
  // gw: none; pros CourtProceedings.fileAppeal requireRole + findInvestigation of the verdict's
  //   investigation.
  'POST /api/v1/prosecution/verdicts/:verdictId/appeals': ['prosecutor'],
  // gw: none; pros CourtProceedings.orderCompensation requireRole + findInvestigation; the case must be
  //   linked.
  'POST /api/v1/prosecution/investigations/:id/compensation': ['prosecutor'],
  // gw: none; pros CourtProceedings.recordPayment requireRole + findInvestigation.
  'POST /api/v1/prosecution/compensation/:compensationId/payment': ['prosecutor'],
  // gw: none; pros proceedings/prosecution-statistics.ts ProsecutionStatisticsQuery.forYear requireRole.
  //   National figures, any agency; unlike analytics, no administrator.
  'GET /api/v1/prosecution/statistics': ['investigator', 'prosecutor', 'supervisor', 'analyst'],

  // ---- Statistics: gw statistics/statistics.controller.ts (no role checks) -> analytics ----

  // gw: none; analytics statistics/statistics.controller.ts StatisticsController.durations
  //   requireRole(READERS).
  'GET /api/v1/statistics/durations': STATISTICS_READERS,
  // gw: none; analytics StatisticsController.indicatorPrevalence requireRole(READERS).
  'GET /api/v1/statistics/indicator-prevalence': STATISTICS_READERS,
  // gw: none; analytics StatisticsController.table requireRole(READERS).
  'GET /api/v1/statistics/:table': STATISTICS_READERS,
  // gw: none; relayed to /internal/statistics/:table/chart; analytics StatisticsController.chart
  //   requireRole(READERS).
  'GET /api/v1/statistics/:table/chart.svg': STATISTICS_READERS,
};
