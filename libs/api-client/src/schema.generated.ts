// Generated from docs/openapi.json by `npm run docs` (openapi-typescript); do not edit.
export interface paths {
    "/api/v1/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your agency's referrals, newest first, with their status
         * @description Roles: first_responder, supervisor.
         */
        get: operations["listOwnReferrals"];
        put?: never;
        /**
         * Refer a presumed victim (first responders)
         * @description A person under 18 or of unknown age is handled as a child: no consent needed, protection at once. An adult's referral needs their consent; without it record an anonymous notice instead. Danger to life or medical urgency alerts the agencies named by policy at once.
         *
         *     Roles: first_responder.
         */
        post: operations["createReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/anonymous-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an anonymous notice: an adult declined referral (first responders)
         * @description Only statistical facts are kept, with a pseudonymous link (keyed hash) built from the optional `link` identifiers, which are not stored. Whether the notice is reported to the police is the jurisdiction's policy.
         *
         *     Roles: first_responder.
         */
        post: operations["recordAnonymousNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suspected duplicate referrals to review (supervisors, identification officers)
         * @description Roles: identification_officer, supervisor.
         */
        get: operations["listDuplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/duplicates/{linkId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm or reject a suspected duplicate (supervisors); referrals are never merged
         * @description Roles: supervisor.
         */
        post: operations["decideDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The status of a referral, for the referring agency and the competent authority
         * @description Roles: first_responder, identification_officer, supervisor, protection_case_worker, service_provider, investigator, prosecutor.
         */
        get: operations["referralStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a referral (the referring agency); each section given replaces the old one
         * @description Versioned: the previous record is kept with who changed what and why.
         *
         *     Roles: first_responder.
         */
        patch: operations["amendReferral"];
        trace?: never;
    };
    "/api/v1/referrals/{caseId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The versions of a referral: who changed which sections, when
         * @description Roles: first_responder, identification_officer, supervisor, protection_case_worker, service_provider, investigator, prosecutor.
         */
        get: operations["referralVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{caseId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a referral with a reason (the referring agency)
         * @description Roles: first_responder.
         */
        post: operations["withdrawReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{caseId}/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The person's details, as far as the reader needs to know them
         * @description The referrer and the competent authority see everything the referral holds; a shelter or service provider the person was referred to sees who to receive and how to talk to them; investigators and prosecutors of an investigation the case belongs to see identity and documents, within the person's consent (children excepted). Anyone else gets 404. `withheld` names what was not shown.
         *
         *     Roles: first_responder, identification_officer, supervisor, protection_case_worker, service_provider, investigator, prosecutor.
         */
        get: operations["readPersonalData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{caseId}/disclosure-overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disclose a person's details to one agency beyond their consent (a competent authority supervisor)
         * @description The reason is kept sealed with the case and the decision is in the audit log. The agency still needs its own tie to the case (an investigation) to read the details.
         *
         *     Roles: supervisor.
         */
        post: operations["overrideDisclosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{caseId}/personal-data-erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase the personal data of a case (a supervisor of the competent authority)
         * @description Every service destroys its data key for the case (crypto-shredding): names, documents, places, accounts and notes become unreadable for good. Statuses, dates, codes, statistics and the audit logs remain. Afterwards, writing personal data to the case answers 410.
         *
         *     Roles: supervisor.
         */
        post: operations["erasePersonalData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{caseId}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The consent in force, by purpose
         * @description Roles: first_responder, identification_officer, supervisor, protection_case_worker, service_provider, investigator, prosecutor.
         */
        get: operations["referralConsents"];
        put?: never;
        /**
         * Record consent given or withdrawn for one purpose
         * @description A withdrawal is an event every service acts on.
         *
         *     Roles: first_responder, identification_officer, protection_case_worker, supervisor.
         */
        post: operations["changeConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The competent authority's queue, by nearest deadline
         * @description Roles: identification_officer, supervisor.
         */
        get: operations["screeningQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screenings/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A screening: status, decisions (outcomes only), recovery period and deadlines
         * @description Roles: first_responder, identification_officer, supervisor, protection_case_worker, service_provider, investigator, prosecutor.
         */
        get: operations["readScreening"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screenings/{caseId}/preliminary-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the reasonable-grounds decision (identification officers)
         * @description A positive decision starts the recovery and reflection period set by policy.
         *
         *     Roles: identification_officer, supervisor.
         */
        post: operations["recordPreliminaryDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screenings/{caseId}/recovery-period/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend the recovery period with a reason (health, mental health, intimidation)
         * @description Roles: identification_officer, supervisor.
         */
        post: operations["extendRecoveryPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screenings/{caseId}/final-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the conclusive-grounds decision
         * @description Not before the recovery period ends unless policy allows; a negative one waits for a second reviewer.
         *
         *     Roles: identification_officer, supervisor.
         */
        post: operations["recordFinalDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screenings/{caseId}/final-decision/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or send back a negative final decision (a second reviewer, never its author)
         * @description Roles: identification_officer, supervisor.
         */
        post: operations["reviewFinalDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screenings/{caseId}/reconsideration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a negative decision to be reconsidered (the referrer or a support provider)
         * @description Roles: first_responder, protection_case_worker, service_provider.
         */
        post: operations["requestReconsideration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screenings/{caseId}/palermo-test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the Palermo test: act, means and purpose, each with its evidence
         * @description For a child the means are not required. The result advises; the officer decides.
         *
         *     Roles: identification_officer, supervisor.
         */
        post: operations["recordPalermoTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screenings/{caseId}/indicator-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case's indicator assessments, newest first, with their advice
         * @description Roles: identification_officer, supervisor.
         */
        get: operations["listIndicatorAssessments"];
        put?: never;
        /**
         * Start an assessment (or a reassessment) with the catalogue in force
         * @description The lists follow the person's age and the suspected exploitation types; an unknown type asks both lists.
         *
         *     Roles: identification_officer, supervisor.
         */
        post: operations["startIndicatorAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screenings/{caseId}/indicator-assessments/{assessmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An assessment: its questions, answers with evidence, and the advice
         * @description Roles: identification_officer, supervisor.
         */
        get: operations["readIndicatorAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screenings/{caseId}/indicator-assessments/{assessmentId}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record answers (present, absent, unknown) with their evidence; the advice is computed again
         * @description Roles: identification_officer, supervisor.
         */
        put: operations["answerIndicators"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screenings/{caseId}/indicator-assessments/{assessmentId}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete the assessment: its advice is final and the other services are told
         * @description Roles: identification_officer, supervisor.
         */
        post: operations["completeIndicatorAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicator-catalogues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Indicator catalogue versions: proposed, in force and retired, with who loaded and adopted each
         * @description Roles: identification_officer, supervisor, administrator.
         */
        get: operations["listIndicatorCatalogues"];
        put?: never;
        /**
         * Load a new catalogue version (an administrator of the competent authority); it is proposed until adopted
         * @description The body is the catalogue, in the format of seeds/indicators/*.json (docs/adr/0020). Every problem found is named by its path. A version never changes: loading other content under a loaded version is refused (409).
         *
         *     Roles: administrator.
         */
        post: operations["loadIndicatorCatalogue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicator-catalogues/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A catalogue version, whole: lists, indicators, grades, provenance and the rule
         * @description Roles: identification_officer, supervisor, administrator.
         */
        get: operations["readIndicatorCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicator-catalogues/{version}/differences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What adopting this version would change against the one in force
         * @description Roles: identification_officer, supervisor, administrator.
         */
        get: operations["indicatorCatalogueDifferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicator-catalogues/{version}/adoption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adopt a proposed version (a second administrator, never the one who loaded it)
         * @description Assessments started from now on use it; earlier assessments keep the version they used.
         *
         *     Roles: administrator.
         */
        post: operations["adoptIndicatorCatalogue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your notifications: those of your agency addressed to your role, urgent first, then newest
         * @description Read state is yours alone; `unreadCount` counts what you have not read.
         *
         *     Roles: first_responder, identification_officer, supervisor, protection_case_worker, service_provider, investigator, prosecutor, analyst, administrator.
         */
        get: operations["inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a notification as read by you
         * @description Roles: first_responder, identification_officer, supervisor, protection_case_worker, service_provider, investigator, prosecutor, analyst, administrator.
         */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set your agency's webhook (administrators). The signing secret is returned once.
         * @description Deliveries are POSTed with headers x-nrm-notification-id, x-nrm-timestamp and x-nrm-signature (v1=hex HMAC-SHA256 of "<timestamp>.<body>" with the secret). Retries carry the same notification id.
         *
         *     Roles: administrator.
         */
        put: operations["setWebhook"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/webhook/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a signed test delivery to your webhook now (administrators)
         * @description The answer says whether the endpoint accepted it, and if not why (HTTP status, timeout, connection).
         *
         *     Roles: administrator.
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set your agency's functional mailbox for notifications (administrators)
         * @description Roles: administrator.
         */
        put: operations["setEmail"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your agency's subscriptions: per kind of notification, who sees it and where (supervisors, administrators)
         * @description Roles: supervisor, administrator.
         */
        get: operations["subscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/subscriptions/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change which roles see a kind of notification and on which channels (administrators)
         * @description Urgent risks and breached deadlines cannot be switched off.
         *
         *     Roles: administrator.
         */
        put: operations["setSubscription"];
        post?: never;
        /**
         * Go back to the default for a kind of notification (administrators)
         * @description Roles: administrator.
         */
        delete: operations["resetSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The language and calendar your agency reads notifications in
         * @description Roles: first_responder, identification_officer, supervisor, protection_case_worker, service_provider, investigator, prosecutor, analyst, administrator.
         */
        get: operations["agencyPreferences"];
        /**
         * Set the language and calendar of your notifications (administrators)
         * @description Roles: administrator.
         */
        put: operations["setAgencyPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deliveries to your webhook and mailbox, newest first, each with its attempts (supervisors, administrators)
         * @description Roles: supervisor, administrator.
         */
        get: operations["deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Protection cases, children and urgent risks first (case workers, supervisors)
         * @description Roles: protection_case_worker, supervisor.
         */
        get: operations["protectionCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A protection case: why it opened, recovery period, plan, referrals, placements
         * @description Roles: protection_case_worker, supervisor.
         */
        get: operations["protectionCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/cases/{caseId}/needs-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the needs assessment: the service plan as it now stands (case workers)
         * @description Due dates default from priority (urgent 1 day, high 7, normal 30); needs not named are withdrawn.
         *
         *     Roles: protection_case_worker, supervisor.
         */
        post: operations["assessNeeds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/cases/{caseId}/service-referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refer an assessed need to a provider (case workers)
         * @description Within the person's consent to share with that kind of agency; for a child, or with a supervisor's recorded override, without it.
         *
         *     Roles: protection_case_worker, supervisor.
         */
        post: operations["referToService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/cases/{caseId}/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a shelter bed (case workers)
         * @description Placed at once when a bed is free, else queued (children and urgent risks first).
         *
         *     Roles: protection_case_worker, supervisor.
         */
        post: operations["requestPlacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/cases/{caseId}/lead-agency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand the lead of a case to another protection agency (a supervisor of the lead agency or the competent authority)
         * @description The new lead's case workers manage the case from then on; the agency that led it sees it only while a service referral or a placement ties it to the case.
         *
         *     Roles: supervisor.
         */
        post: operations["handOverLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/cases/{caseId}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to close the case with a reason (case workers); a supervisor approves
         * @description Roles: protection_case_worker, supervisor.
         */
        post: operations["requestClosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/cases/{caseId}/closure/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject a closure (a supervisor who did not ask for it)
         * @description Roles: supervisor.
         */
        post: operations["reviewClosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/cases/{caseId}/residence-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the person's residence status (case workers)
         * @description An expiry date raises a reminder to your agency ahead of it (RESIDENCE_REMINDER_DAYS, default 30).
         *
         *     Roles: protection_case_worker, supervisor.
         */
        post: operations["recordResidenceStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/cases/{caseId}/return-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plan a voluntary return (case workers; supervisors for a high-risk return or a child)
         * @description Needs the person's consent, a risk assessment, the receiving organisation and who follows up.
         *
         *     Roles: protection_case_worker, supervisor.
         */
        post: operations["planReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/cases/{caseId}/return-plan/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The person returned: follow-ups are scheduled at 3, 6 and 12 months
         * @description Roles: protection_case_worker, supervisor.
         */
        post: operations["completeReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/cases/{caseId}/return-plan/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a planned return
         * @description Roles: protection_case_worker, supervisor.
         */
        post: operations["cancelReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/cases/{caseId}/follow-ups/{followUpId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record what a follow-up found (case workers, or the agency following up)
         * @description Roles: protection_case_worker, supervisor, service_provider.
         */
        post: operations["recordFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/cases/{caseId}/court-tasks/{taskId}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a court-linked task (interpreter, legal aid, transport, risk review) done
         * @description Roles: protection_case_worker, supervisor.
         */
        post: operations["completeCourtTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/service-referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Referrals to your agency, as a provider sees them: what is needed and by when, never who
         * @description Roles: service_provider, supervisor.
         */
        get: operations["providerReferrals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/service-referrals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a referral to your agency (providers)
         * @description Roles: service_provider, supervisor.
         */
        post: operations["acceptServiceReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/service-referrals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a referral to your agency, with a reason (providers)
         * @description Roles: service_provider, supervisor.
         */
        post: operations["declineServiceReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/service-referrals/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report an accepted service delivered (providers)
         * @description Roles: service_provider, supervisor.
         */
        post: operations["completeServiceReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/shelters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Shelters with capacity, beds taken and queue length
         * @description Roles: protection_case_worker, supervisor, service_provider.
         */
        get: operations["shelters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/placements/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The person arrived at the shelter (case workers, the shelter)
         * @description Roles: protection_case_worker, supervisor, service_provider.
         */
        post: operations["checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/placements/{id}/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The person left the shelter, or a queued request is cancelled; the bed goes to the queue
         * @description Roles: protection_case_worker, supervisor, service_provider.
         */
        post: operations["checkOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/placements/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the person to another shelter (case workers)
         * @description Roles: protection_case_worker, supervisor.
         */
        post: operations["transferPlacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prosecution/investigations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your agency's investigations (investigators, prosecutors, supervisors)
         * @description Roles: investigator, prosecutor, supervisor.
         */
        get: operations["listInvestigations"];
        put?: never;
        /**
         * Open an investigation into one or more referred cases (investigators, prosecutors)
         * @description Roles: investigator, prosecutor.
         */
        post: operations["openInvestigation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prosecution/investigations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An investigation: cases, suspects, charges, hearings, verdicts
         * @description Suspects' identities are shown to investigators and prosecutors of its agencies only.
         *
         *     Roles: investigator, prosecutor, supervisor.
         */
        get: operations["readInvestigation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prosecution/investigations/{id}/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bring another agency (e.g. the public prosecution) into the investigation
         * @description Roles: investigator, prosecutor.
         */
        post: operations["addInvestigationAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prosecution/investigations/{id}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link another victim's case to the investigation
         * @description Roles: investigator, prosecutor, supervisor.
         */
        post: operations["linkCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prosecution/investigations/{id}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the investigation with a reason
         * @description Roles: investigator, prosecutor, supervisor.
         */
        post: operations["closeInvestigation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prosecution/investigations/{id}/suspects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a suspect, a person or a legal person, with their role (identity sealed at rest)
         * @description Roles: investigator, prosecutor.
         */
        post: operations["addSuspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prosecution/investigations/{id}/charges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File a charge against a suspect
         * @description Cites a catalogued article (Law 91/2013: 2, 3, 6, 7) with its aggravating circumstances, or 'other' with the law by reference.
         *
         *     Roles: investigator, prosecutor.
         */
        post: operations["fileCharge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prosecution/investigations/{id}/charges/{chargeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Amend a charge: a new version, earlier ones kept
         * @description Roles: investigator, prosecutor.
         */
        patch: operations["amendCharge"];
        trace?: never;
    };
    "/api/v1/prosecution/investigations/{id}/hearings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule a hearing; the agencies on the investigation are told, and reminded ahead of it
         * @description Roles: investigator, prosecutor.
         */
        post: operations["scheduleHearing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prosecution/hearings/{hearingId}/postponement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Postpone a hearing to a later date
         * @description Roles: investigator, prosecutor.
         */
        post: operations["postponeHearing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prosecution/hearings/{hearingId}/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a hearing was held
         * @description Roles: investigator, prosecutor.
         */
        post: operations["holdHearing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prosecution/hearings/{hearingId}/testimonies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Arrange a victim's testimony with protective measures
         * @description Protection creates the tasks it implies (interpreter, legal aid, transport, risk review) due before the hearing.
         *
         *     Roles: investigator, prosecutor.
         */
        post: operations["arrangeTestimony"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prosecution/investigations/{id}/verdicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a verdict on a charge (prosecutors)
         * @description Roles: prosecutor.
         */
        post: operations["recordVerdict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prosecution/verdicts/{verdictId}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an appeal against a verdict (prosecutors)
         * @description Roles: prosecutor.
         */
        post: operations["fileAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prosecution/investigations/{id}/compensation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a compensation order for a victim (prosecutors)
         * @description Roles: prosecutor.
         */
        post: operations["orderCompensation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prosecution/compensation/{compensationId}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a compensation order was paid
         * @description Roles: prosecutor.
         */
        post: operations["recordCompensationPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prosecution/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Investigations, prosecutions, convictions by article, and days from referral to verdict, for a year
         * @description Roles: investigator, prosecutor, supervisor, analyst.
         */
        get: operations["prosecutionStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which stages a case has reached, as far as the caller may see
         * @description Referral, screening, protection (for case workers), the prosecution timeline (no suspects) and notifications.
         *
         *     Roles: first_responder, identification_officer, supervisor, protection_case_worker, service_provider, investigator, prosecutor.
         */
        get: operations["caseView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who accessed this case, in every service, oldest first (supervisors of an agency involved in it)
         * @description Every read, write and refused access of the case's data, from each service's hash-chained audit log; for the supervisor, and for the person's lawyer or guardian through them. Staff of other agencies appear by agency and role, not by user id.
         *
         *     Roles: supervisor.
         */
        get: operations["caseAccessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/durations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Days from referral to each stage (median, mean, 90th percentile), shown only from k cases (analysts, supervisors, administrators)
         * @description Roles: analyst, supervisor, administrator.
         */
        get: operations["durationStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/indicator-prevalence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Indicator prevalence by dimension: cases assessed, their advice, incomplete advice, and per list the cases positive in each dimension and with each indicator present; counts below k and those that would reveal them are suppressed (analysts, supervisors, administrators)
         * @description Counts each case once, by its latest indicator assessment, in the period of that assessment (`year`, `month`). With `list`, only the cases assessed on that list, with its advice. Indicator ids are those of the catalogue.
         *
         *     Roles: analyst, supervisor, administrator.
         */
        get: operations["indicatorPrevalence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/{table}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counts by one or two dimensions with margins; cells below k and those that would reveal them are suppressed
         * @description Tables and dimensions: referrals (month, channel, agencyType, ageBand, sex, nationality, exploitationType, child); anonymous-notices (month, channel, ageBand, sex, nationality, exploitationType); case-stages (stage, month, outcome, serviceType); prosecutions (stage, month, article, verdictOutcome). Any dimension given as a query parameter filters, e.g. `case-stages?by=serviceType&stage=service_delivered`.
         *
         *     Roles: analyst, supervisor, administrator.
         */
        get: operations["statisticsTable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/{table}/chart.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bar chart of one dimension of a table, drawn from the suppressed counts
         * @description Roles: analyst, supervisor, administrator.
         */
        get: operations["statisticsChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        EncounterDto: {
            /**
             * @description Date the person was encountered
             * @example 2026-11-28
             */
            date: string;
            /**
             * @description Where (kept encrypted)
             * @example Kuwait International Airport, terminal 1
             */
            place: string;
            /**
             * @description ISO 3166-2 subdivision, kept for statistics
             * @example KW-FA
             */
            region?: string;
        };
        PersonNamesDto: {
            /**
             * @description Name in Arabic script
             * @example أمينة يوسف
             */
            arabic?: string;
            /**
             * @description Name in Latin script
             * @example Amina Yusuf
             */
            latin?: string;
        };
        IdentityDocumentDto: {
            /** @enum {string} */
            type: "passport" | "national_id" | "civil_id" | "residence_permit" | "travel_document" | "other";
            /** @example P1234567 */
            number: string;
            /**
             * @description ISO 3166-1 alpha-2 code of the issuing country
             * @example PH
             */
            issuingCountry: string;
        };
        PersonDto: {
            names: components["schemas"]["PersonNamesDto"];
            /**
             * @example [
             *       "Mina"
             *     ]
             */
            aliases?: string[];
            /**
             * @description Date of birth, if known
             * @example 1998-04-12
             */
            dateOfBirth?: string;
            /**
             * @description Estimated age in years when the date of birth is unknown
             * @example 27
             */
            estimatedAge?: number;
            /** @enum {string} */
            sex: "female" | "male" | "other" | "unknown";
            /**
             * @description ISO 3166-1 alpha-2 codes
             * @example [
             *       "PH"
             *     ]
             */
            nationalities: string[];
            /**
             * @description ISO 639 language codes
             * @example [
             *       "tl",
             *       "en"
             *     ]
             */
            languages?: string[];
            documents?: components["schemas"]["IdentityDocumentDto"][];
            /**
             * @description How to reach the person safely
             * @example +965 5555 0000
             */
            contact?: string;
        };
        AttachmentDto: {
            /** @enum {string} */
            kind: "photo" | "document_scan" | "audio" | "medical_report" | "other";
            /** @example image/jpeg */
            mediaType: string;
            /** @example 204800 */
            sizeBytes: number;
            /** @description SHA-256 of the file, hex */
            sha256: string;
        };
        InterpreterDto: {
            needed: boolean;
            /** @example tl */
            language?: string;
        };
        ReferralConsentDto: {
            /** @description The person agrees to be referred and to receive services (adults) */
            referral: boolean;
            /** @description Agency types the person agrees their data may be shared with */
            dataSharingAgencyTypes?: ("police" | "immigration" | "labour_inspection" | "health" | "embassy" | "ngo" | "hotline" | "shelter" | "competent_authority" | "prosecution" | "court" | "iom")[];
            /** @description The person agrees to pseudonymous use in statistics */
            statistics?: boolean;
            /**
             * @description Language in which consent was explained
             * @enum {string}
             */
            language: "ar" | "en";
            /** @description Interpreter who explained it, if any */
            interpreter?: string;
        };
        CreateReferralRequest: {
            /**
             * @example police
             * @enum {string}
             */
            channel: "police" | "immigration" | "labour_inspection" | "health" | "embassy" | "ngo" | "hotline" | "shelter" | "self_referral";
            encounter: components["schemas"]["EncounterDto"];
            person: components["schemas"]["PersonDto"];
            /**
             * @example [
             *       "domestic_servitude"
             *     ]
             */
            exploitationTypes: ("sexual_exploitation" | "forced_labour" | "domestic_servitude" | "forced_marriage" | "forced_criminality" | "forced_begging" | "organ_removal" | "child_soldiering" | "other")[];
            /** @example [] */
            immediateRisks: ("danger_to_life" | "medical_urgency" | "flight_risk")[];
            /**
             * @example [
             *       "withholds_documents",
             *       "debt_bondage"
             *     ]
             */
            meansOfControl?: ("debt_bondage" | "takes_earnings" | "restricts_financial_access" | "threats" | "psychological_abuse" | "physical_abuse" | "sexual_abuse" | "false_promises" | "psychoactive_substances" | "restricts_movement" | "restricts_medical_care" | "excessive_working_hours" | "uses_children" | "threat_of_law_enforcement" | "withholds_necessities" | "withholds_documents" | "other")[];
            /**
             * @example recruitment_agency
             * @enum {string}
             */
            recruitmentMethod?: "job_offer" | "recruitment_agency" | "intimate_partner" | "family" | "friend" | "online" | "abduction" | "sold_by_family" | "other" | "unknown";
            attachments?: components["schemas"]["AttachmentDto"][];
            interpreter: components["schemas"]["InterpreterDto"];
            /** @description The referrer's account of what happened (kept encrypted) */
            account?: string;
            consent: components["schemas"]["ReferralConsentDto"];
        };
        ReferralAcceptedResponse: {
            /** Format: uuid */
            caseId: string;
            /** @example KW-2026-7H2K9Q */
            caseReference: string;
            /** @example received */
            status: string;
            /** @description Handled as a child until an age assessment */
            handledAsChild: boolean;
            /** @description A child or an urgent risk: protection opens at once */
            requiresImmediateProtection: boolean;
        };
        ReferralStatusResponse: {
            /** Format: uuid */
            caseId: string;
            caseReference: string;
            /** @enum {string} */
            status: "received" | "withdrawn";
            version: number;
            referringAgencyId: string;
            channel: string;
            referredAt: string;
            handledAsChild: boolean;
            requiresImmediateProtection: boolean;
            immediateRisks: string[];
            /** @description Consent in force, by purpose */
            consent: Record<string, never>;
            /** @enum {string} */
            duplicateStatus: "none" | "suspected" | "confirmed";
            /** @description The personal data was erased (crypto-shredded); what is shown remains */
            personalDataErased: boolean;
        };
        ReferralStatusPage: {
            items: components["schemas"]["ReferralStatusResponse"][];
        };
        AnonymousNoticeEncounterDto: {
            /** @example 2026-11-28 */
            date: string;
            /**
             * @description ISO 3166-2 subdivision
             * @example KW-AH
             */
            region?: string;
        };
        AnonymousNoticeLinkDto: {
            documents?: components["schemas"]["IdentityDocumentDto"][];
            names?: components["schemas"]["PersonNamesDto"];
            /** @example 1994-02-11 */
            dateOfBirth?: string;
        };
        AnonymousNoticeRequest: {
            /** @enum {string} */
            channel: "police" | "immigration" | "labour_inspection" | "health" | "embassy" | "ngo" | "hotline" | "shelter" | "self_referral";
            encounter: components["schemas"]["AnonymousNoticeEncounterDto"];
            /** @enum {string} */
            sex: "female" | "male" | "other" | "unknown";
            /**
             * @example [
             *       "NP"
             *     ]
             */
            nationalities: string[];
            /**
             * @description Estimated or known age in years
             * @example 31
             */
            estimatedAge?: number;
            exploitationTypes: ("sexual_exploitation" | "forced_labour" | "domestic_servitude" | "forced_marriage" | "forced_criminality" | "forced_begging" | "organ_removal" | "child_soldiering" | "other")[];
            link?: components["schemas"]["AnonymousNoticeLinkDto"];
        };
        DuplicateDecisionRequest: {
            /** @enum {string} */
            decision: "confirmed" | "rejected";
            reason: string;
        };
        AmendReferralRequest: {
            encounter?: components["schemas"]["EncounterDto"];
            person?: components["schemas"]["PersonDto"];
            /**
             * @example [
             *       "domestic_servitude"
             *     ]
             */
            exploitationTypes?: ("sexual_exploitation" | "forced_labour" | "domestic_servitude" | "forced_marriage" | "forced_criminality" | "forced_begging" | "organ_removal" | "child_soldiering" | "other")[];
            /** @example [] */
            immediateRisks?: ("danger_to_life" | "medical_urgency" | "flight_risk")[];
            /**
             * @example [
             *       "withholds_documents",
             *       "debt_bondage"
             *     ]
             */
            meansOfControl?: ("debt_bondage" | "takes_earnings" | "restricts_financial_access" | "threats" | "psychological_abuse" | "physical_abuse" | "sexual_abuse" | "false_promises" | "psychoactive_substances" | "restricts_movement" | "restricts_medical_care" | "excessive_working_hours" | "uses_children" | "threat_of_law_enforcement" | "withholds_necessities" | "withholds_documents" | "other")[];
            /**
             * @example recruitment_agency
             * @enum {string}
             */
            recruitmentMethod?: "job_offer" | "recruitment_agency" | "intimate_partner" | "family" | "friend" | "online" | "abduction" | "sold_by_family" | "other" | "unknown";
            attachments?: components["schemas"]["AttachmentDto"][];
            interpreter?: components["schemas"]["InterpreterDto"];
            /** @description The referrer's account of what happened (kept encrypted) */
            account?: string;
            /** @example Date of birth corrected from the passport */
            reason: string;
        };
        WithdrawReferralRequest: {
            /** @example Referred in error: the person is a witness, not a presumed victim */
            reason: string;
        };
        PersonalDataResponse: {
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            view: "full" | "care" | "investigation";
            /** @description names, aliases, dateOfBirth, estimatedAge, sex, nationalities, languages, interpreter, documents, contact, encounterPlace, account: those the view shows and the referral holds */
            details: Record<string, never>;
            withheld: string[];
        };
        DisclosureOverrideRequest: {
            /** @example kw-moi-police */
            agencyId: string;
            /** @example The trafficker is about to leave the country; the police need her identity to stop him. */
            reason: string;
        };
        DisclosureOverrideResponse: {
            /** Format: uuid */
            overrideId: string;
            /** Format: uuid */
            caseId: string;
            agencyId: string;
            grantedAt: string;
        };
        ErasePersonalDataRequest: {
            /**
             * @example court_order
             * @enum {string}
             */
            legalBasis: "unfounded_referral" | "consent_withdrawn" | "retention_period_ended" | "court_order";
            /**
             * @description Reference of the decision or order (required for a court order); never personal data
             * @example KW-CRT-2026/1187
             */
            authorityReference?: string;
        };
        PersonalDataErasureResponse: {
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            legalBasis: "unfounded_referral" | "consent_withdrawn" | "retention_period_ended" | "court_order";
            erasedAt: string;
        };
        ConsentChangeRequest: {
            /** @enum {string} */
            purpose: "referral_and_services" | "data_sharing" | "statistics";
            /** @description true: consent given; false: refused or withdrawn */
            granted: boolean;
            /** @description For data_sharing: with which agency types */
            sharingAgencyTypes?: ("police" | "immigration" | "labour_inspection" | "health" | "embassy" | "ngo" | "hotline" | "shelter" | "competent_authority" | "prosecution" | "court" | "iom")[];
            /** @enum {string} */
            language: "ar" | "en";
            /** @description Interpreter who explained it, if any */
            interpreter?: string;
        };
        QueuedScreening: {
            /** Format: uuid */
            caseId: string;
            caseReference: string;
            /** @enum {string} */
            status: "open" | "not_presumed" | "in_recovery" | "awaiting_final" | "final_negative_pending_approval" | "confirmed" | "not_confirmed" | "reconsidering_preliminary" | "reconsidering_final" | "closed";
            /** @description The person is handled as a child */
            personIsChild: boolean;
            /** Format: date-time */
            openedAt: string;
            /**
             * Format: date
             * @description The nearest pending decision deadline (not the recovery period's end); null when none
             */
            nextDueOn: string | null;
        };
        ScreeningQueuePage: {
            items: components["schemas"]["QueuedScreening"][];
        };
        LatestIndicatorAssessment: {
            /** Format: uuid */
            assessmentId: string;
            catalogueVersion: string;
            /** @enum {string} */
            status: "in_progress" | "completed";
            /**
             * @description The advice: never a decision
             * @enum {string}
             */
            outcome: "indicated" | "labour-rights-case" | "not-indicated";
            /** @description False while an ungraded indicator could still change the advice */
            complete: boolean;
        };
        ScreeningDecisionOutcome: {
            /** @enum {string} */
            stage: "preliminary" | "final";
            /** @enum {string} */
            outcome: "positive" | "negative";
            /** Format: date-time */
            decidedAt: string;
            /** @description Decided on a request for reconsideration */
            reconsideration: boolean;
            /**
             * @description A negative final decision's second review (pending only to the authority); null for others
             * @enum {string|null}
             */
            review: "pending" | "approved" | "sent_back" | null;
        };
        ScreeningDeadline: {
            /** @enum {string} */
            kind: "preliminary_decision" | "reconsideration" | "recovery_period_end";
            /** Format: date */
            dueOn: string;
            /** @enum {string} */
            status: "pending" | "met" | "cancelled" | "done";
        };
        ScreeningResponse: {
            /** Format: uuid */
            caseId: string;
            caseReference: string;
            /** Format: uuid */
            screeningId: string;
            /** @enum {string} */
            status: "open" | "not_presumed" | "in_recovery" | "awaiting_final" | "final_negative_pending_approval" | "confirmed" | "not_confirmed" | "reconsidering_preliminary" | "reconsidering_final" | "closed";
            /** @description The competent authority the screening is assigned to */
            assignedAgencyId: string;
            /** Format: date-time */
            openedAt: string;
            /** Format: date */
            preliminaryDecisionDueOn: string | null;
            /**
             * Format: date
             * @description null until the recovery period starts
             */
            recoveryEndsOn: string | null;
            /** @description In the order they were made */
            decisions: components["schemas"]["ScreeningDecisionOutcome"][];
            /** @description In the order they were set */
            deadlines: components["schemas"]["ScreeningDeadline"][];
            /** @description For the assigned authority only (absent for the referrer); null before any assessment */
            latestIndicatorAssessment?: components["schemas"]["LatestIndicatorAssessment"] | (never | null);
        };
        DecisionRequest: {
            /** @enum {string} */
            outcome: "positive" | "negative";
            /** @description Reasons for the decision (kept encrypted in identification) */
            reasons: string;
            /** @description Required when the decision departs from the advice of the latest completed indicator assessment (kept encrypted) */
            departureReason?: string;
        };
        ScreeningStatusResponse: {
            /**
             * @description The screening's status after the change
             * @enum {string}
             */
            status: "open" | "not_presumed" | "in_recovery" | "awaiting_final" | "final_negative_pending_approval" | "confirmed" | "not_confirmed" | "reconsidering_preliminary" | "reconsidering_final" | "closed";
        };
        RecoveryExtensionRequest: {
            /** @example 30 */
            days: number;
            /** @enum {string} */
            reason: "health" | "mental_health" | "intimidation" | "other";
            note?: string;
        };
        DecisionReviewRequest: {
            /** @description true approves the negative final decision; false sends it back */
            approve: boolean;
            note?: string;
        };
        ReconsiderationRequest: {
            /** @description The new information that warrants reconsideration */
            newInformation: string;
        };
        PalermoElementDto: {
            /** @description Whether the element is present */
            present: boolean;
            /** @description The evidence for it (kept encrypted) */
            evidence: string;
        };
        PalermoTestRequest: {
            /** @description Recruitment, transport, transfer, harbouring or receipt */
            act: components["schemas"]["PalermoElementDto"];
            /** @description Threat, force, coercion, deception, abuse of vulnerability... */
            means: components["schemas"]["PalermoElementDto"];
            /** @description The purpose of exploitation */
            purpose: components["schemas"]["PalermoElementDto"];
        };
        PalermoTestResponse: {
            /** @description Every element required is present */
            satisfied: boolean;
            /** @description False for a child: the means are not required */
            meansRequired: boolean;
            /** @description The elements required but not present */
            missing: ("act" | "means" | "purpose")[];
        };
        IndicatorAssessmentSummaryResponse: {
            /** Format: uuid */
            assessmentId: string;
            /** @description The catalogue version it was started with */
            catalogueVersion: string;
            /** @enum {string} */
            status: "in_progress" | "completed";
            /**
             * @description The advice: never a decision
             * @enum {string}
             */
            outcome: "indicated" | "labour-rights-case" | "not-indicated";
            /** @description False while an ungraded indicator could still change the advice */
            complete: boolean;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            completedAt: string | null;
        };
        IndicatorAssessmentPage: {
            items: components["schemas"]["IndicatorAssessmentSummaryResponse"][];
        };
        IndicatorDimensionResult: {
            /** @enum {string} */
            dimension: "D1" | "D2" | "D3" | "D4" | "D5" | "D6";
            positive: boolean;
            /** @description The graded indicators found present; they made it positive */
            indicatorIds: string[];
            /** @description Found present without an established grade: not counted */
            ungradedPresentIds: string[];
        };
        IndicatorListResult: {
            /** @enum {string} */
            list: "adult-labour" | "child-labour" | "adult-sexual" | "child-sexual";
            /** @enum {string} */
            outcome: "indicated" | "labour-rights-case" | "not-indicated";
            dimensions: components["schemas"]["IndicatorDimensionResult"][];
            /** @description Indicators without an established grade, present or not yet answered absent */
            ungradedOpenIds: string[];
        };
        IndicatorGradesByConfidence: {
            "two-sources"?: string[];
            "single-source"?: string[];
            conflict?: string[];
            "set-by-authority"?: string[];
            "not-established"?: string[];
        };
        IndicatorAdviceProvenance: {
            /**
             * @description The rule's confidence
             * @enum {string}
             */
            rule: "two-sources" | "single-source" | "conflict" | "set-by-authority" | "not-established";
            grades: components["schemas"]["IndicatorGradesByConfidence"];
            /** @description Some part rests on a single source, conflicting sources or no source */
            weak: boolean;
        };
        IndicatorAdvice: {
            catalogueVersion: string;
            ruleVersion: string;
            /**
             * @description The most serious outcome over the lists assessed
             * @enum {string}
             */
            outcome: "indicated" | "labour-rights-case" | "not-indicated";
            lists: components["schemas"]["IndicatorListResult"][];
            /** @description False while an indicator without an established grade could change it */
            complete: boolean;
            provenance: components["schemas"]["IndicatorAdviceProvenance"];
            /**
             * @description The outcome if every conflicting grade took the other sources' value, where that differs
             * @enum {string}
             */
            outcomeWithAlternativeGrades?: "indicated" | "labour-rights-case" | "not-indicated";
            answered: number;
            unanswered: number;
        };
        IndicatorText: {
            en: string;
            ar: string;
        };
        IndicatorGradeAlternative: {
            /** @enum {string} */
            grade: "strong" | "medium" | "weak";
            /** @description Ids of the catalogue's sources */
            sources: string[];
        };
        IndicatorProvenance: {
            /** @description Ids of the catalogue's sources */
            sources: string[];
            /** @enum {string} */
            confidence: "two-sources" | "single-source" | "conflict" | "set-by-authority" | "not-established";
            /** @description For a conflict: the grades other sources give */
            alternatives?: components["schemas"]["IndicatorGradeAlternative"][];
            note?: string;
        };
        IndicatorDefinition: {
            /**
             * @description Stable across catalogue versions
             * @example AL-D1-deceived-about-job
             */
            id: string;
            /** @enum {string} */
            dimension: "D1" | "D2" | "D3" | "D4" | "D5" | "D6";
            label: components["schemas"]["IndicatorText"];
            /** @description What to ask or look for */
            guidance: components["schemas"]["IndicatorText"];
            /**
             * @description null where no grade is established: asked and recorded, but it cannot count
             * @enum {string|null}
             */
            grade: "strong" | "medium" | "weak" | null;
            provenance: components["schemas"]["IndicatorProvenance"];
            /** @description A national addition (ISO 3166 country code), not of the ILO/EC lists */
            national?: string;
        };
        IndicatorListDefinition: {
            /** @enum {string} */
            id: "adult-labour" | "child-labour" | "adult-sexual" | "child-sexual";
            label: components["schemas"]["IndicatorText"];
            /** @enum {string} */
            age: "adult" | "child";
            /** @enum {string} */
            exploitation: "labour" | "sexual";
            /** @description The outcome rule of `rule.outcomes` that applies to this list */
            outcomes: string;
            indicators: components["schemas"]["IndicatorDefinition"][];
        };
        IndicatorAnswerRecord: {
            indicatorId: string;
            /** @enum {string} */
            answer: "present" | "absent" | "unknown";
            /** @enum {string|null} */
            evidenceSource: "interview" | "document" | "third_party" | null;
            /** @description The evidence (kept encrypted at rest) */
            note: string | null;
            /** Format: date-time */
            answeredAt: string;
        };
        IndicatorAssessmentResponse: {
            /** Format: uuid */
            assessmentId: string;
            /** @description The catalogue version it was started with */
            catalogueVersion: string;
            /** @enum {string} */
            status: "in_progress" | "completed";
            /**
             * @description The advice: never a decision
             * @enum {string}
             */
            outcome: "indicated" | "labour-rights-case" | "not-indicated";
            /** @description False while an ungraded indicator could still change the advice */
            complete: boolean;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: uuid */
            caseId: string;
            personIsChild: boolean;
            advice: components["schemas"]["IndicatorAdvice"];
            /** @description The lists asked, as the assessment's catalogue version gives them */
            lists: components["schemas"]["IndicatorListDefinition"][];
            answers: components["schemas"]["IndicatorAnswerRecord"][];
        };
        IndicatorAnswerDto: {
            /**
             * @description An indicator id of the assessment's catalogue version
             * @example AL-D1-deceived-about-job
             */
            indicatorId: string;
            /** @enum {string} */
            answer: "present" | "absent" | "unknown";
            /**
             * @description Where the evidence for the answer came from
             * @enum {string}
             */
            evidenceSource?: "interview" | "document" | "third_party";
            /** @description The evidence (kept encrypted; never leaves identification) */
            note?: string;
        };
        IndicatorAnswersRequest: {
            answers: components["schemas"]["IndicatorAnswerDto"][];
        };
        IndicatorCatalogueSummaryResponse: {
            /** @example kw-2026.1 */
            version: string;
            jurisdiction: string;
            ruleVersion: string;
            /**
             * @description `active`: the version in force
             * @enum {string}
             */
            status: "proposed" | "active" | "retired";
            /** @description SHA-256 of the catalogue's canonical JSON, hex: the version never changed */
            digest: string;
            /** @description How many indicators its lists hold */
            indicators: number;
            loadedByUserId: string;
            /** Format: date-time */
            loadedAt: string;
            adoptedByUserId: string | null;
            /** Format: date-time */
            adoptedAt: string | null;
        };
        IndicatorCataloguePage: {
            items: components["schemas"]["IndicatorCatalogueSummaryResponse"][];
        };
        IndicatorSource: {
            id: string;
            title: string;
            url?: string;
            /** @description The publication it reports on, e.g. `WCMS_105023` */
            publication?: string;
        };
        IndicatorDimension: {
            /** @enum {string} */
            id: "D1" | "D2" | "D3" | "D4" | "D5" | "D6";
            label: components["schemas"]["IndicatorText"];
            /** @enum {string} */
            palermoElement: "means" | "purpose";
        };
        IndicatorGradeCount: {
            grades: ("strong" | "medium" | "weak")[];
            atLeast: number;
        };
        IndicatorOutcomeClause: {
            /** @enum {string} */
            outcome: "indicated" | "labour-rights-case";
            /** @description Groups of dimensions */
            whenPositive: ("D1" | "D2" | "D3" | "D4" | "D5" | "D6")[][];
            note?: string;
        };
        IndicatorCombinationRule: {
            version: string;
            provenance: components["schemas"]["IndicatorProvenance"];
            /** @description A dimension is positive when any clause is met (a clause: terms met together) */
            dimensionPositiveWhen: components["schemas"]["IndicatorGradeCount"][][];
            /** @description Per outcome rule: the first clause met gives the outcome; none met is `not-indicated` */
            outcomes: {
                [key: string]: components["schemas"]["IndicatorOutcomeClause"][];
            };
        };
        IndicatorExploitationTypes: {
            labour: string[];
            sexual: string[];
        };
        IndicatorCatalogueContent: {
            /** @example kw-2026.1 */
            version: string;
            /** @description ISO 3166 alpha-2 code */
            jurisdiction: string;
            title: components["schemas"]["IndicatorText"];
            basedOn: string;
            sources: components["schemas"]["IndicatorSource"][];
            dimensions: components["schemas"]["IndicatorDimension"][];
            rule: components["schemas"]["IndicatorCombinationRule"];
            lists: components["schemas"]["IndicatorListDefinition"][];
            exploitationTypes: components["schemas"]["IndicatorExploitationTypes"];
        };
        IndicatorCatalogueResponse: {
            /** @example kw-2026.1 */
            version: string;
            jurisdiction: string;
            ruleVersion: string;
            /**
             * @description `active`: the version in force
             * @enum {string}
             */
            status: "proposed" | "active" | "retired";
            /** @description SHA-256 of the catalogue's canonical JSON, hex: the version never changed */
            digest: string;
            /** @description How many indicators its lists hold */
            indicators: number;
            loadedByUserId: string;
            /** Format: date-time */
            loadedAt: string;
            adoptedByUserId: string | null;
            /** Format: date-time */
            adoptedAt: string | null;
            catalogue: components["schemas"]["IndicatorCatalogueContent"];
        };
        IndicatorRuleDifference: {
            /** @description null when no version is in force */
            versionFrom: string | null;
            versionTo: string;
            /** @description The clauses that make a dimension positive differ */
            thresholdsChanged: boolean;
            /** @description The outcome rules differ */
            outcomesChanged: boolean;
        };
        IndicatorAdded: {
            /** @enum {string} */
            list: "adult-labour" | "child-labour" | "adult-sexual" | "child-sexual";
            indicatorId: string;
            /** @enum {string|null} */
            grade: "strong" | "medium" | "weak" | null;
            /** @description A national addition */
            national: boolean;
        };
        IndicatorRemoved: {
            /** @enum {string} */
            list: "adult-labour" | "child-labour" | "adult-sexual" | "child-sexual";
            indicatorId: string;
        };
        IndicatorFieldChange: {
            /** @enum {string} */
            field: "dimension" | "grade" | "confidence" | "label" | "guidance";
            /** @description A dimension, grade (null: not established) or confidence; a text for a label or guidance */
            from: (string | null) | components["schemas"]["IndicatorText"];
            /** @description As `from` */
            to: (string | null) | components["schemas"]["IndicatorText"];
        };
        IndicatorChanged: {
            /** @enum {string} */
            list: "adult-labour" | "child-labour" | "adult-sexual" | "child-sexual";
            indicatorId: string;
            changes: components["schemas"]["IndicatorFieldChange"][];
        };
        IndicatorCatalogueDifferencesResponse: {
            /** @description The version in force; null when none is */
            from: string | null;
            to: string;
            rule: components["schemas"]["IndicatorRuleDifference"];
            listsAdded: ("adult-labour" | "child-labour" | "adult-sexual" | "child-sexual")[];
            listsRemoved: ("adult-labour" | "child-labour" | "adult-sexual" | "child-sexual")[];
            added: components["schemas"]["IndicatorAdded"][];
            removed: components["schemas"]["IndicatorRemoved"][];
            changed: components["schemas"]["IndicatorChanged"][];
            exploitationTypesChanged: boolean;
        };
        WebhookEndpointRequest: {
            /**
             * @description http(s) URL that receives notifications
             * @example https://agency.example/nrm-webhook
             */
            url: string;
        };
        EmailEndpointRequest: {
            /**
             * @description The agency's functional mailbox (not a person's)
             * @example nrm-desk@agency.example
             */
            address: string;
        };
        SubscriptionRequest: {
            /** @description false stops this kind for the agency (refused for kinds that cannot be muted) */
            enabled: boolean;
            /**
             * @description Roles in the agency who see it in their inbox; empty means everyone in the agency
             * @example [
             *       "identification_officer",
             *       "supervisor"
             *     ]
             */
            roles: ("first_responder" | "identification_officer" | "supervisor" | "protection_case_worker" | "service_provider" | "investigator" | "prosecutor" | "analyst" | "administrator")[];
            /**
             * @description Channels beside the inbox (the inbox always holds it); used where the agency has an endpoint
             * @example [
             *       "webhook",
             *       "email"
             *     ]
             */
            channels: ("webhook" | "email")[];
        };
        AgencyPreferencesRequest: {
            /**
             * @example ar
             * @enum {string}
             */
            language: "ar" | "en";
            /**
             * @description Calendar for dates in notification texts (Gregorian, or Hijri Umm al-Qura)
             * @example gregory
             * @enum {string}
             */
            calendar: "gregory" | "islamic-umalqura";
        };
        NeedDto: {
            /**
             * @example shelter
             * @enum {string}
             */
            needType: "shelter" | "medical" | "psychosocial" | "legal_aid" | "interpretation" | "education" | "livelihood" | "family_tracing" | "documents";
            /**
             * @example urgent
             * @enum {string}
             */
            priority: "urgent" | "high" | "normal";
            /**
             * @description Defaults from the priority: urgent 1 day, high 7, normal 30
             * @example 2026-12-10
             */
            dueOn?: string;
            /** @description Sealed at rest; never leaves protection */
            note?: string;
        };
        NeedsAssessmentRequest: {
            /** @description The needs as they now stand; needs not named are withdrawn */
            needs: components["schemas"]["NeedDto"][];
        };
        DisclosureOverrideDto: {
            /** @description Why the referral goes ahead without the person's consent (supervisors) */
            reason: string;
        };
        ServiceReferralRequest: {
            /**
             * @example legal_aid
             * @enum {string}
             */
            needType: "shelter" | "medical" | "psychosocial" | "legal_aid" | "interpretation" | "education" | "livelihood" | "family_tracing" | "documents";
            /** @example ngo-migrant-support */
            providerAgencyId: string;
            override?: components["schemas"]["DisclosureOverrideDto"];
        };
        PlacementRequest: {
            /** @example kw-shelter-gov-children */
            shelterId: string;
            /** @description A supervisor's reason to place without the person's consent to share with shelters */
            override?: components["schemas"]["DisclosureOverrideDto"];
        };
        LeadAgencyRequest: {
            /** @example ngo-migrant-support */
            agencyId: string;
        };
        ClosureRequest: {
            /** @enum {string} */
            reason: "recovered_and_reintegrated" | "returned_to_country_of_origin" | "not_a_victim" | "declined_further_support" | "lost_contact" | "transferred_to_other_jurisdiction" | "deceased" | "other";
            /** @description Sealed at rest */
            note?: string;
        };
        ClosureReviewRequest: {
            approve: boolean;
        };
        ResidenceStatusRequest: {
            /** @enum {string} */
            status: "temporary_permit" | "stay_of_removal" | "residence_regularised" | "irregular";
            /** @example 2026-12-01 */
            validFrom: string;
            /**
             * @description A reminder is raised ahead of it
             * @example 2027-06-01
             */
            expiresOn?: string;
            /** @description Permit or order number; sealed at rest, never leaves protection */
            reference?: string;
        };
        ReturnPlanRequest: {
            /**
             * @description ISO 3166-1 alpha-2
             * @example PH
             */
            destinationCountry: string;
            /** @description The person agrees to return (a return is voluntary) */
            consentToReturn: boolean;
            /**
             * @description Risk assessment in the country of return
             * @enum {string}
             */
            riskLevel: "low" | "medium" | "high";
            /** @description Sealed at rest */
            riskNote?: string;
            travelDocumentsReady: boolean;
            /** @description The organisation receiving the person; sealed at rest */
            receivingOrganisation: string;
            /**
             * @description The provider that follows up after return
             * @example iom-kuwait
             */
            followUpAgencyId: string;
            /** @example 2027-01-15 */
            plannedOn: string;
        };
        ReturnCompletionRequest: {
            /** @example 2027-01-15 */
            returnedOn: string;
        };
        FollowUpOutcomeRequest: {
            /**
             * @description reached/not_reached after return; renewed/not_renewed for a permit
             * @enum {string}
             */
            outcome: "reached" | "not_reached" | "renewed" | "not_renewed";
            /** @description Sealed at rest */
            note?: string;
        };
        ServiceDeclineRequest: {
            /** @enum {string} */
            reason: "no_capacity" | "service_not_available" | "language_not_available" | "not_eligible" | "person_declined" | "other";
        };
        OpenInvestigationRequest: {
            /** @description Referred cases (victims) the investigation concerns */
            caseIds: string[];
        };
        InvestigationAgencyRequest: {
            /**
             * @description An agency that joins the investigation
             * @example kw-public-prosecution
             */
            agencyId: string;
        };
        LinkCaseRequest: {
            caseId: string;
        };
        CloseInvestigationRequest: {
            /** @enum {string} */
            reason: "referred_to_court" | "insufficient_evidence" | "suspects_not_found" | "merged" | "other";
        };
        SuspectIdentityDto: {
            /** @description A person's full name, or a legal person's registered name */
            name: string;
            /** @description Passport, civil ID or commercial registration number */
            documentNumber?: string;
            address?: string;
        };
        SuspectRequest: {
            /** @enum {string} */
            kind: "person" | "legal_person";
            /** @enum {string} */
            role: "recruiter" | "transporter" | "broker" | "harbourer" | "exploiter" | "other";
            /**
             * @description ISO 3166-1 alpha-2
             * @example KW
             */
            nationality?: string;
            /** @description Sealed at rest; seen by investigators and prosecutors of the investigation only */
            identity: components["schemas"]["SuspectIdentityDto"];
        };
        ChargeRequest: {
            suspectId: string;
            /**
             * @description A catalogued law, or 'other' with otherLawReference
             * @example kw-91-2013
             */
            lawCode: string;
            /** @example 2 */
            article: string;
            /**
             * @example [
             *       "vulnerable_victim"
             *     ]
             */
            aggravatingCircumstances?: string[];
            /**
             * @description Required with lawCode 'other'
             * @example Penal Code (Law 16/1960), art. 185
             */
            otherLawReference?: string;
        };
        ChargeAmendmentRequest: {
            /** @example 2 */
            article: string;
            aggravatingCircumstances?: string[];
            /** @description Why the charge changed */
            reason: string;
        };
        HearingRequest: {
            /** @enum {string} */
            hearingType: "first_instance" | "appeal" | "cassation" | "detention_review" | "other";
            /** @example Court of First Instance, Criminal Circuit 3 */
            court: string;
            /** @example 2027-01-20 */
            scheduledOn: string;
            closedSession?: boolean;
        };
        PostponementRequest: {
            /** @example 2027-02-10 */
            newDate: string;
        };
        TestimonyRequest: {
            caseId: string;
            /**
             * @example [
             *       "interpreter",
             *       "legal_aid",
             *       "video_link"
             *     ]
             */
            measures: ("interpreter" | "legal_aid" | "transport" | "video_link" | "closed_session" | "risk_review")[];
        };
        VerdictRequest: {
            chargeId: string;
            /** @enum {string} */
            outcome: "convicted" | "acquitted" | "dismissed";
            /** @enum {string} */
            courtLevel: "first_instance" | "appeal" | "cassation" | "detention_review" | "other";
            /** @example 2027-03-01 */
            decidedOn: string;
            /** @description Convictions: months of imprisonment */
            sentenceMonths?: number;
            lifeImprisonment?: boolean;
        };
        AppealRequest: {
            /** @enum {string} */
            filedBy: "prosecution" | "defence";
            /** @example 2027-03-15 */
            filedOn: string;
        };
        CompensationRequest: {
            caseId: string;
            /** @example 5000.000 */
            amount: string;
            /** @example KWD */
            currency: string;
            /** @example 2027-03-01 */
            orderedOn: string;
        };
        CompensationPaymentRequest: {
            /** @example 2027-05-01 */
            paidOn: string;
        };
        /** @description An RFC 9457 problem: what is wrong, never a submitted value */
        Problem: {
            /**
             * @description the problem type, documented in docs/problems.md
             * @example /problems/validation-error
             */
            type: string;
            title: string;
            /** Format: int32 */
            status: number;
            detail?: string;
            /** @description the request path */
            instance?: string;
            /** @description where the logs tell more */
            correlationId?: string;
            /** @description one per invalid field of a validation problem */
            errors?: {
                /** @description dotted path in the body: `person.dateOfBirth` */
                field: string;
                message: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listOwnReferrals: {
        parameters: {
            query?: {
                /** @description ISO 8601 time: referrals made before it (next page) */
                before?: string;
                /** @description 1 to 200, default 50 */
                limit?: string;
            };
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralStatusPage"];
                };
            };
            /** @description problem+json listing each invalid field; nothing is stored or emitted */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReferralRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralAcceptedResponse"];
                };
            };
            /** @description problem+json listing each invalid field; nothing is stored or emitted */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordAnonymousNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnonymousNoticeRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json listing each invalid field; nothing is stored or emitted */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDuplicates: {
        parameters: {
            query?: {
                status?: "suspected" | "confirmed" | "rejected";
            };
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json listing each invalid field; nothing is stored or emitted */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideDuplicate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                linkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DuplicateDecisionRequest"];
            };
        };
        responses: {
            /** @description Done; the answer has no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json listing each invalid field; nothing is stored or emitted */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the link was already decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    referralStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralStatusResponse"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, or not one of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    amendReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendReferralRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json listing each invalid field; nothing is stored or emitted */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the referral was withdrawn */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    referralVersions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawReferralRequest"];
            };
        };
        responses: {
            /** @description Done; the answer has no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json listing each invalid field; nothing is stored or emitted */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description already withdrawn */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readPersonalData: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataResponse"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description outside the person's consent */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the personal data was erased */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    overrideDisclosure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisclosureOverrideRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureOverrideResponse"];
                };
            };
            /** @description problem+json listing each invalid field; nothing is stored or emitted */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    erasePersonalData: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasePersonalDataRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataErasureResponse"];
                };
            };
            /** @description problem+json listing each invalid field; nothing is stored or emitted */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description already erased */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    referralConsents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentChangeRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json listing each invalid field; nothing is stored or emitted */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    screeningQueue: {
        parameters: {
            query?: {
                /** @description default open */
                status?: string;
            };
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningQueuePage"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readScreening: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningResponse"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordPreliminaryDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningStatusResponse"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the screening is not in a state that allows this (e.g. a final decision before the preliminary one) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    extendRecoveryPeriod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecoveryExtensionRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningStatusResponse"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the screening is not in a state that allows this (e.g. a final decision before the preliminary one) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordFinalDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningStatusResponse"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the screening is not in a state that allows this (e.g. a final decision before the preliminary one) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewFinalDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionReviewRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningStatusResponse"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the screening is not in a state that allows this (e.g. a final decision before the preliminary one) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestReconsideration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReconsiderationRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningStatusResponse"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the screening is not in a state that allows this (e.g. a final decision before the preliminary one) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordPalermoTest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PalermoTestRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PalermoTestResponse"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIndicatorAssessments: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorAssessmentPage"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startIndicatorAssessment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorAssessmentResponse"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an assessment is in progress, or no catalogue is in force */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readIndicatorAssessment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                assessmentId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorAssessmentResponse"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerIndicators: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                assessmentId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IndicatorAnswersRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorAssessmentResponse"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the assessment is completed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeIndicatorAssessment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                assessmentId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorAssessmentResponse"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description already completed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIndicatorCatalogues: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorCataloguePage"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    loadIndicatorCatalogue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorCatalogueSummaryResponse"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the version is already loaded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readIndicatorCatalogue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorCatalogueResponse"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    indicatorCatalogueDifferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorCatalogueDifferencesResponse"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adoptIndicatorCatalogue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorCatalogueSummaryResponse"];
                };
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not proposed, or the administrator who loaded it tries to adopt it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inbox: {
        parameters: {
            query?: {
                /** @description only notifications about this case */
                caseId?: string;
                unread?: "true" | "false";
            };
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the answer has no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not in your inbox */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description your agency has no webhook endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailEndpointRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    subscriptions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                kind: "referral_received" | "referral_outcome" | "urgent_risk" | "anonymous_notice" | "deadline_approaching" | "deadline_breached" | "service_request" | "disclosure_stopped" | "follow_up_due" | "hearing" | "daily_digest" | "security_alert";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                kind: "referral_received" | "referral_outcome" | "urgent_risk" | "anonymous_notice" | "deadline_approaching" | "deadline_breached" | "service_request" | "disclosure_stopped" | "follow_up_due" | "hearing" | "daily_digest" | "security_alert";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    agencyPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setAgencyPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyPreferencesRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deliveries: {
        parameters: {
            query?: {
                /** @description 1 to 200, default 50 */
                limit?: string;
                channel?: "webhook" | "email";
                status?: "pending" | "delivered" | "dead_lettered";
            };
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    protectionCases: {
        parameters: {
            query?: {
                status?: "open" | "closure_requested" | "closed";
            };
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    protectionCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assessNeeds: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NeedsAssessmentRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    referToService: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceReferralRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPlacement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlacementRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    handOverLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadAgencyRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestClosure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClosureRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewClosure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClosureReviewRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordResidenceStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidenceStatusRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    planReturn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnPlanRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeReturn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnCompletionRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelReturn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordFollowUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                followUpId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpOutcomeRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeCourtTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                taskId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    providerReferrals: {
        parameters: {
            query?: {
                status?: "pending" | "accepted" | "declined" | "completed" | "stopped";
            };
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptServiceReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineServiceReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceDeclineRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeServiceReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    shelters: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transferPlacement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlacementRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvestigations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openInvestigation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenInvestigationRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readInvestigation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addInvestigationAgency: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvestigationAgencyRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the proceedings do not allow this (e.g. a verdict without a charge, an appeal before a verdict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    linkCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkCaseRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the proceedings do not allow this (e.g. a verdict without a charge, an appeal before a verdict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeInvestigation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseInvestigationRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the proceedings do not allow this (e.g. a verdict without a charge, an appeal before a verdict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addSuspect: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspectRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the proceedings do not allow this (e.g. a verdict without a charge, an appeal before a verdict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fileCharge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChargeRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the proceedings do not allow this (e.g. a verdict without a charge, an appeal before a verdict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    amendCharge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                chargeId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChargeAmendmentRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the proceedings do not allow this (e.g. a verdict without a charge, an appeal before a verdict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    scheduleHearing: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HearingRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the proceedings do not allow this (e.g. a verdict without a charge, an appeal before a verdict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postponeHearing: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                hearingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostponementRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the proceedings do not allow this (e.g. a verdict without a charge, an appeal before a verdict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    holdHearing: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                hearingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the proceedings do not allow this (e.g. a verdict without a charge, an appeal before a verdict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    arrangeTestimony: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                hearingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TestimonyRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the proceedings do not allow this (e.g. a verdict without a charge, an appeal before a verdict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordVerdict: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerdictRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the proceedings do not allow this (e.g. a verdict without a charge, an appeal before a verdict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fileAppeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                verdictId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppealRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the proceedings do not allow this (e.g. a verdict without a charge, an appeal before a verdict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    orderCompensation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompensationRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the proceedings do not allow this (e.g. a verdict without a charge, an appeal before a verdict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordCompensationPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                compensationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompensationPaymentRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the proceedings do not allow this (e.g. a verdict without a charge, an appeal before a verdict) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    prosecutionStatistics: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    caseView: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, or not one of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    caseAccessLog: {
        parameters: {
            query?: {
                /** @description `representative`: the report for the person's lawyer or guardian: when, which agency in which role, what kind of access (read, write, refused) in which service and why; no staff names or internal routes */
                for?: "supervisor" | "representative";
            };
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    durationStatistics: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    indicatorPrevalence: {
        parameters: {
            query?: {
                year?: number;
                month?: unknown;
                list?: "adult-labour" | "child-labour" | "adult-sexual" | "child-sexual";
            };
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statisticsTable: {
        parameters: {
            query: {
                by: unknown;
                year?: number;
                format?: "json" | "csv";
            };
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                table: "referrals" | "anonymous-notices" | "case-stages" | "prosecutions";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statisticsChart: {
        parameters: {
            query: {
                by: unknown;
                year?: number;
            };
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                table: "referrals" | "anonymous-notices" | "case-stages" | "prosecutions";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json naming each invalid field or parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no access token, or one that is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role or agency may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such object, or not one your agency is involved in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this user or agency; retry after `retry-after` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a service needed for this request is not reachable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
