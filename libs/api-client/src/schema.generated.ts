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
    "/api/v1/prosecution/laws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The articles a charge may cite (Law 91/2013...), with their aggravating circumstances
         * @description Roles: investigator, prosecutor, supervisor.
         */
        get: operations["lawCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message about a case to a partner state, minimised to the agreement
         * @description The message is queued, signed and encrypted to the partner, and sent until the partner returns a signed receipt (or a signed refusal). Only the fields the agreement lists leave.
         *
         *     Roles: protection_case_worker, supervisor.
         */
        post: operations["requestExchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}/exchange-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case's messages with partner states: what left, to whom, when, under which agreement
         * @description Roles: protection_case_worker, supervisor, identification_officer.
         */
        get: operations["caseExchangeMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}/exchange-messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What one message of a case said: a partner's request or referral, or what was sent
         * @description Roles: protection_case_worker, supervisor, identification_officer.
         */
        get: operations["caseExchangeMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}/exchange-messages/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a case's signed message log as evidence, signed by this deployment
         * @description Roles: supervisor.
         */
        get: operations["caseExchangeEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partner registry, with the agreement in force with each
         * @description Roles: administrator, supervisor.
         */
        get: operations["partners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/partners/{country}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Register a partner state or change it (a new version; revoked stops all exchange)
         * @description Roles: administrator.
         */
        put: operations["registerPartner"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/partners/{country}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the agreement in force with a partner (it replaces the one before)
         * @description Roles: administrator.
         */
        put: operations["recordAgreement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/statistics/publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a suppressed national table to the partners, signed, for the regional view
         * @description The table is read from the national statistics (small counts already suppressed) and sent to every active partner whose agreement covers regional_statistics.
         *
         *     Roles: supervisor, administrator.
         */
        post: operations["publishStatistics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/statistics/regional": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The states' published tables added up, suppressed again against differencing
         * @description Roles: analyst, supervisor, administrator.
         */
        get: operations["regionalStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/quarantine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Messages refused from partners (or from whoever claimed to be one), kept for review
         * @description Roles: administrator, supervisor.
         */
        get: operations["quarantine"];
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
            channel: "police" | "immigration" | "labour_inspection" | "health" | "embassy" | "ngo" | "hotline" | "shelter" | "self_referral" | "cross_border";
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
            /** @description The first is 1; each amendment adds one */
            version: number;
            /** @example kw-moi-police */
            referringAgencyId: string;
            /** @enum {string} */
            channel: "police" | "immigration" | "labour_inspection" | "health" | "embassy" | "ngo" | "hotline" | "shelter" | "self_referral" | "cross_border";
            /** Format: date-time */
            referredAt: string;
            handledAsChild: boolean;
            requiresImmediateProtection: boolean;
            immediateRisks: ("danger_to_life" | "medical_urgency" | "flight_risk")[];
            /**
             * @description Consent in force, by purpose (referral_and_services, data_sharing, statistics)
             * @example {
             *       "referral_and_services": true,
             *       "data_sharing": false,
             *       "statistics": true
             *     }
             */
            consent: {
                [key: string]: boolean;
            };
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
            channel: "police" | "immigration" | "labour_inspection" | "health" | "embassy" | "ngo" | "hotline" | "shelter" | "self_referral" | "cross_border";
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
        AnonymousNoticeRecordedResponse: {
            /** Format: uuid */
            noticeId: string;
            /** @description The notice was reported to the police agency the jurisdiction's policy names */
            reportedToPolice: boolean;
        };
        MatchEvidenceResponse: {
            /** @enum {string} */
            comparison: "document" | "names" | "nameTypos" | "nameVowels" | "latinVowels" | "nameRarity" | "birth" | "nationality" | "sex";
            /**
             * @description The comparison's level: `same`, `conflict`, `none`, `exact`, `near`, `unknown`...
             * @example exact
             */
            level: string;
            /**
             * @description log2(m / u), three decimals; 0 where there was nothing to compare
             * @example 6.4
             */
            weight: number;
        };
        DuplicateLinkResponse: {
            /** Format: uuid */
            linkId: string;
            /**
             * Format: uuid
             * @description The later referral
             */
            caseId: string;
            /** @example KW-2026-7H2K9Q */
            caseReference: string;
            /** @example kw-moi-police */
            referringAgencyId: string;
            /**
             * Format: uuid
             * @description The earlier referral it may duplicate
             */
            otherCaseId: string;
            /** @example KW-2026-3C8M1D */
            otherCaseReference: string;
            /** @example kw-moh-health */
            otherReferringAgencyId: string;
            /**
             * @description Probability that both referrals are of one person, 0 to 1
             * @example 0.982
             */
            score: number;
            matchedOn: ("document" | "name" | "birth_date" | "birth_year" | "nationality")[];
            /** @description Each comparison with its level and weight, in the order they add up; null for links found before it was kept */
            explanation: components["schemas"]["MatchEvidenceResponse"][] | null;
            /**
             * @description The matcher's rule version; null for links found before it was kept
             * @example dup-fs.2026-03
             */
            ruleVersion: string | null;
            /** @enum {string} */
            status: "suspected" | "confirmed" | "rejected";
            /** Format: date-time */
            detectedAt: string;
            /** Format: date-time */
            decidedAt: string | null;
        };
        DuplicateLinkPage: {
            items: components["schemas"]["DuplicateLinkResponse"][];
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
        ReferralAmendedResponse: {
            /** @example 2 */
            version: number;
        };
        ReferralVersionResponse: {
            /**
             * @description The version the correction made (the first is 2)
             * @example 2
             */
            version: number;
            /** @example kw-moi-police */
            changedByAgencyId: string;
            /** Format: date-time */
            changedAt: string;
            changedSections: ("encounter" | "person" | "exploitationTypes" | "immediateRisks" | "meansOfControl" | "recruitmentMethod" | "interpreter" | "account" | "attachments")[];
        };
        ReferralVersionPage: {
            items: components["schemas"]["ReferralVersionResponse"][];
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
        ConsentInForceResponse: {
            /** @enum {string} */
            purpose: "referral_and_services" | "data_sharing" | "statistics";
            /** @description Consent given (true), or refused or withdrawn (false) */
            granted: boolean;
            /** @description For data_sharing: the agency types the person agreed to; empty otherwise */
            sharingAgencyTypes: ("police" | "immigration" | "labour_inspection" | "health" | "embassy" | "ngo" | "hotline" | "shelter" | "competent_authority" | "prosecution" | "court" | "iom")[];
            /** Format: date-time */
            recordedAt: string;
            /** @example kw-moi-police */
            recordedByAgencyId: string;
        };
        ConsentInForcePage: {
            items: components["schemas"]["ConsentInForceResponse"][];
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
            /**
             * @description Working days from today to nextDueOn by the jurisdiction's calendar: 0 due today, negative overdue; null without a deadline
             * @example 3
             */
            workingDaysLeft: number | null;
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
        InboxItemResponse: {
            /** Format: uuid */
            notificationId: string;
            /**
             * @description What it is about; null for notifications recorded before kinds were kept
             * @enum {string|null}
             */
            kind: "referral_received" | "referral_outcome" | "urgent_risk" | "anonymous_notice" | "deadline_approaching" | "deadline_breached" | "service_request" | "disclosure_stopped" | "follow_up_due" | "hearing" | "daily_digest" | "security_alert" | null;
            /**
             * Format: uuid
             * @description null: about no case
             */
            caseId: string | null;
            /** @example KW-2026-7H2K9Q */
            caseReference: string | null;
            /**
             * @description The type of the event it tells of
             * @example nrm.intake.referral-received
             */
            eventType: string;
            /**
             * @description The language of title and body
             * @enum {string}
             */
            language: "ar" | "en";
            title: string;
            body: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When you read it (read state is per user); null: unread
             */
            readAt: string | null;
            /** @description Urgent notifications come first */
            urgent: boolean;
        };
        InboxPage: {
            items: components["schemas"]["InboxItemResponse"][];
            /** @description How many of the notifications the query selects (all of the inbox without filters) you have not read */
            unreadCount: number;
        };
        WebhookEndpointRequest: {
            /**
             * @description http(s) URL that receives notifications
             * @example https://agency.example/nrm-webhook
             */
            url: string;
        };
        WebhookEndpointResponse: {
            /** @example kw-moi-police */
            agencyId: string;
            /** @example https://agency.example/nrm-webhook */
            url: string;
            /** @description The signing secret (base64url) for the x-nrm-signature HMAC; keep it, it is not shown again */
            secret: string;
        };
        WebhookTestResponse: {
            /** @example https://agency.example/nrm-webhook */
            url: string;
            /**
             * Format: uuid
             * @description The id the test delivery carried
             */
            notificationId: string;
            /** @description The endpoint accepted it (a 2xx answer) */
            delivered: boolean;
            /**
             * @description Why not, when not delivered: an HTTP status, a timeout or a failed connection
             * @example HTTP 500
             */
            error?: string;
            /** @description How long the attempt took, in milliseconds */
            durationMs: number;
        };
        EmailEndpointRequest: {
            /**
             * @description The agency's functional mailbox (not a person's)
             * @example nrm-desk@agency.example
             */
            address: string;
        };
        EmailEndpointResponse: {
            /** @example kw-moi-police */
            agencyId: string;
            /** @example nrm-desk@agency.example */
            address: string;
        };
        SubscriptionResponse: {
            /** @enum {string} */
            kind: "referral_received" | "referral_outcome" | "urgent_risk" | "anonymous_notice" | "deadline_approaching" | "deadline_breached" | "service_request" | "disclosure_stopped" | "follow_up_due" | "hearing" | "daily_digest" | "security_alert";
            /** @description The agency cannot switch it off (urgent risks, breached deadlines...) */
            mandatory: boolean;
            /** @description The agency changed the default */
            customised: boolean;
            /** @description Always true for a mandatory kind */
            enabled: boolean;
            /** @description Roles in the agency who see it in their inbox; empty means everyone in the agency */
            roles: ("first_responder" | "identification_officer" | "supervisor" | "protection_case_worker" | "service_provider" | "investigator" | "prosecutor" | "analyst" | "administrator")[];
            /** @description Channels beside the inbox, used where the agency has an endpoint */
            channels: ("webhook" | "email")[];
        };
        AgencySubscriptionsResponse: {
            /** @example kw-moi-police */
            agencyId: string;
            subscriptions: components["schemas"]["SubscriptionResponse"][];
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
        AgencyPreferencesResponse: {
            /** @example kw-moi-police */
            agencyId: string;
            /** @enum {string} */
            language: "ar" | "en";
            /**
             * @description Calendar for dates in notification texts (Gregorian, or Hijri Umm al-Qura)
             * @enum {string}
             */
            calendar: "gregory" | "islamic-umalqura";
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
        DeliveryAttemptResponse: {
            /** @example 1 */
            attempt: number;
            /** Format: date-time */
            attemptedAt: string;
            /** @enum {string} */
            outcome: "delivered" | "failed";
            /**
             * @description Why it failed: an HTTP status, a timeout or a failed connection; null when delivered
             * @example HTTP 503
             */
            error: string | null;
            durationMs: number;
        };
        DeliveryResponse: {
            /** Format: uuid */
            notificationId: string;
            /** @enum {string} */
            channel: "webhook" | "email";
            /**
             * @description `dead_lettered`: given up after the last retry
             * @enum {string}
             */
            status: "pending" | "delivered" | "dead_lettered";
            /**
             * @description null for notifications recorded before kinds were kept
             * @enum {string|null}
             */
            kind: "referral_received" | "referral_outcome" | "urgent_risk" | "anonymous_notice" | "deadline_approaching" | "deadline_breached" | "service_request" | "disclosure_stopped" | "follow_up_due" | "hearing" | "daily_digest" | "security_alert" | null;
            /** @example KW-2026-7H2K9Q */
            caseReference: string | null;
            urgent: boolean;
            /** Format: date-time */
            queuedAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /**
             * Format: date-time
             * @description When the next attempt is due; null unless pending
             */
            nextAttemptAt: string | null;
            /** @description Oldest first */
            attempts: components["schemas"]["DeliveryAttemptResponse"][];
        };
        DeliveryPage: {
            items: components["schemas"]["DeliveryResponse"][];
        };
        ProtectionCaseSummaryResponse: {
            /** Format: uuid */
            caseId: string;
            /**
             * @description null while the referral has not reached protection
             * @example KW-2026-7H2K9Q
             */
            caseReference: string | null;
            /** @enum {string} */
            status: "open" | "closure_requested" | "closed";
            /**
             * @description Why the case was opened
             * @enum {string|null}
             */
            openedBecause: "child" | "urgent_risk" | "presumed_victim" | null;
            /** Format: date-time */
            openedAt: string | null;
            personIsChild: boolean;
            urgentRisk: boolean;
            /**
             * Format: date
             * @description The nearest open need
             */
            nextDueOn: string | null;
        };
        ProtectionCasePage: {
            items: components["schemas"]["ProtectionCaseSummaryResponse"][];
        };
        RecoveryPeriodResponse: {
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string | null;
        };
        CaseClosureResponse: {
            /** @enum {string} */
            reason: "recovered_and_reintegrated" | "returned_to_country_of_origin" | "not_a_victim" | "declined_further_support" | "lost_contact" | "transferred_to_other_jurisdiction" | "deceased" | "other";
            /** Format: date-time */
            requestedAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
        };
        CaseNeedResponse: {
            /** @enum {string} */
            needType: "shelter" | "medical" | "psychosocial" | "legal_aid" | "interpretation" | "education" | "livelihood" | "family_tracing" | "documents";
            /** @enum {string} */
            priority: "urgent" | "high" | "normal";
            /** Format: date */
            dueOn: string;
            /**
             * @description met once a provider completed a referral for it
             * @enum {string}
             */
            status: "open" | "met" | "withdrawn";
        };
        CaseServiceReferralResponse: {
            /** Format: uuid */
            serviceReferralId: string;
            /** @example ngo-migrant-support */
            providerAgencyId: string;
            /** @enum {string} */
            needType: "shelter" | "medical" | "psychosocial" | "legal_aid" | "interpretation" | "education" | "livelihood" | "family_tracing" | "documents";
            /** @enum {string} */
            priority: "urgent" | "high" | "normal";
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "completed" | "stopped";
            /**
             * @description Why the provider may see the person’s details
             * @enum {string}
             */
            disclosureBasis: "consent" | "child" | "supervisor_override";
            /**
             * @description Why the provider declined; null unless it did
             * @enum {string|null}
             */
            declineReason: "no_capacity" | "service_not_available" | "language_not_available" | "not_eligible" | "person_declined" | "other" | null;
            /** Format: date-time */
            referredAt: string;
        };
        CasePlacementResponse: {
            /** Format: uuid */
            placementId: string;
            /** @example kw-shelter-1 */
            shelterId: string;
            /** @enum {string} */
            status: "queued" | "placed" | "checked_in" | "checked_out" | "cancelled" | "transferred";
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            placedAt: string | null;
            /** Format: date-time */
            checkedInAt: string | null;
            /** Format: date-time */
            endedAt: string | null;
        };
        CaseResidenceStatusResponse: {
            /** @enum {string} */
            status: "temporary_permit" | "stay_of_removal" | "residence_regularised" | "irregular";
            /** Format: date */
            validFrom: string;
            /** Format: date */
            expiresOn: string | null;
            /** @description The status in force */
            current: boolean;
            /** Format: date-time */
            recordedAt: string;
        };
        CaseReturnPlanResponse: {
            /** @enum {string} */
            status: "planned" | "completed" | "cancelled";
            /** @example LK */
            destinationCountry: string;
            /** @enum {string} */
            riskLevel: "low" | "medium" | "high";
            travelDocumentsReady: boolean;
            /**
             * @description The agency that follows the person up
             * @example iom-kuwait
             */
            followUpAgencyId: string;
            /** Format: date */
            plannedOn: string;
            /** Format: date */
            returnedOn: string | null;
        };
        CaseFollowUpResponse: {
            /** Format: uuid */
            followUpId: string;
            /** @enum {string} */
            kind: "residence_expiry" | "return_follow_up";
            sequence: number;
            /** Format: date */
            dueOn: string;
            /**
             * Format: date
             * @description The expiry or return it is about
             */
            aboutDate: string;
            /** @description The agency it is addressed to */
            recipientAgencyId: string;
            /** Format: date-time */
            raisedAt: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            /** @enum {string|null} */
            outcome: "reached" | "not_reached" | "renewed" | "not_renewed" | null;
            /** Format: date-time */
            recordedAt: string | null;
        };
        CaseCourtTaskResponse: {
            /** Format: uuid */
            taskId: string;
            /** Format: uuid */
            hearingId: string;
            /** @enum {string} */
            taskType: "interpreter" | "legal_aid" | "transport" | "risk_review";
            /** Format: date */
            hearingDate: string;
            /** Format: date */
            dueOn: string;
            /** @enum {string} */
            status: "open" | "done";
            /** Format: date-time */
            doneAt: string | null;
        };
        ProtectionCaseResponse: {
            /** Format: uuid */
            caseId: string;
            /**
             * @description null while the referral has not reached protection
             * @example KW-2026-7H2K9Q
             */
            caseReference: string | null;
            /** @enum {string} */
            status: "open" | "closure_requested" | "closed";
            /**
             * @description Why the case was opened
             * @enum {string|null}
             */
            openedBecause: "child" | "urgent_risk" | "presumed_victim" | null;
            /** Format: date-time */
            openedAt: string | null;
            personIsChild: boolean;
            urgentRisk: boolean;
            /** @example kw-shelter-gov */
            leadAgencyId: string;
            interpreterNeeded: boolean;
            /** @description The agency types the person agreed to share details with */
            dataSharingAgencyTypes: ("police" | "immigration" | "labour_inspection" | "health" | "embassy" | "ngo" | "hotline" | "shelter" | "competent_authority" | "prosecution" | "court" | "iom")[];
            /** @description null until a recovery period starts */
            recoveryPeriod: components["schemas"]["RecoveryPeriodResponse"] | (never | null);
            needs: components["schemas"]["CaseNeedResponse"][];
            serviceReferrals: components["schemas"]["CaseServiceReferralResponse"][];
            placements: components["schemas"]["CasePlacementResponse"][];
            /** @description Newest first */
            residenceStatus: components["schemas"]["CaseResidenceStatusResponse"][];
            /** @description Newest first */
            returnPlans: components["schemas"]["CaseReturnPlanResponse"][];
            followUps: components["schemas"]["CaseFollowUpResponse"][];
            courtTasks: components["schemas"]["CaseCourtTaskResponse"][];
            /** @description null unless closure was requested */
            closure: components["schemas"]["CaseClosureResponse"] | (never | null);
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
        PlannedNeedResponse: {
            /** @enum {string} */
            needType: "shelter" | "medical" | "psychosocial" | "legal_aid" | "interpretation" | "education" | "livelihood" | "family_tracing" | "documents";
            /** @enum {string} */
            priority: "urgent" | "high" | "normal";
            /** Format: date */
            dueOn: string;
        };
        NeedsPlanResponse: {
            /** Format: uuid */
            caseId: string;
            needs: components["schemas"]["PlannedNeedResponse"][];
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
        ServiceReferralMadeResponse: {
            /** Format: uuid */
            serviceReferralId: string;
            /** @enum {string} */
            status: "pending";
            /** @enum {string} */
            disclosureBasis: "consent" | "child" | "supervisor_override";
        };
        PlacementRequest: {
            /** @example kw-shelter-gov-children */
            shelterId: string;
            /** @description A supervisor's reason to place without the person's consent to share with shelters */
            override?: components["schemas"]["DisclosureOverrideDto"];
        };
        PlacementResponse: {
            /** Format: uuid */
            placementId: string;
            /** @example kw-shelter-1 */
            shelterId: string;
            /** @enum {string} */
            status: "queued" | "placed" | "checked_in" | "checked_out" | "cancelled" | "transferred";
            /** @description Its place in the queue when no bed is free */
            queuePosition?: number;
        };
        LeadAgencyRequest: {
            /** @example ngo-migrant-support */
            agencyId: string;
        };
        LeadAgencyResponse: {
            /** Format: uuid */
            caseId: string;
            /** @example iom-kuwait */
            leadAgencyId: string;
        };
        ClosureRequest: {
            /** @enum {string} */
            reason: "recovered_and_reintegrated" | "returned_to_country_of_origin" | "not_a_victim" | "declined_further_support" | "lost_contact" | "transferred_to_other_jurisdiction" | "deceased" | "other";
            /** @description Sealed at rest */
            note?: string;
        };
        ProtectionCaseStatusResponse: {
            /** @enum {string} */
            status: "open" | "closure_requested" | "closed";
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
        ResidenceStatusRecordedResponse: {
            /** @enum {string} */
            status: "temporary_permit" | "stay_of_removal" | "residence_regularised" | "irregular";
            /** Format: date */
            validFrom: string;
            /** Format: date */
            expiresOn: string | null;
            /**
             * Format: date
             * @description When the expiry reminder falls due; null without an expiry
             */
            reminderOn: string | null;
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
        ReturnPlannedResponse: {
            /** Format: uuid */
            returnId: string;
            /** @enum {string} */
            status: "planned";
        };
        ReturnCompletionRequest: {
            /** @example 2027-01-15 */
            returnedOn: string;
        };
        ReturnCompletedResponse: {
            /** @enum {string} */
            status: "completed";
            /** @description The follow-ups due after the return */
            followUpsDueOn: string[];
        };
        ReturnCancelledResponse: {
            /** @enum {string} */
            status: "cancelled";
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
        FollowUpRecordedResponse: {
            /** Format: uuid */
            followUpId: string;
            /** @enum {string} */
            outcome: "reached" | "not_reached" | "renewed" | "not_renewed";
        };
        CourtTaskDoneResponse: {
            /** Format: uuid */
            taskId: string;
            /** @enum {string} */
            status: "done";
        };
        ProviderReferralResponse: {
            /** Format: uuid */
            serviceReferralId: string;
            /** Format: uuid */
            caseId: string;
            /** @example KW-2026-7H2K9Q */
            caseReference: string;
            /** @enum {string} */
            needType: "shelter" | "medical" | "psychosocial" | "legal_aid" | "interpretation" | "education" | "livelihood" | "family_tracing" | "documents";
            /** @enum {string} */
            priority: "urgent" | "high" | "normal";
            /** Format: date */
            dueOn: string | null;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "completed";
            personIsChild: boolean;
            interpreterNeeded: boolean;
            /** Format: date-time */
            referredAt: string;
            /**
             * @description Why the provider declined; null unless it did
             * @enum {string|null}
             */
            declineReason: "no_capacity" | "service_not_available" | "language_not_available" | "not_eligible" | "person_declined" | "other" | null;
        };
        ProviderReferralPage: {
            items: components["schemas"]["ProviderReferralResponse"][];
        };
        ServiceReferralStatusResponse: {
            /** Format: uuid */
            serviceReferralId: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "completed" | "stopped";
        };
        ServiceDeclineRequest: {
            /** @enum {string} */
            reason: "no_capacity" | "service_not_available" | "language_not_available" | "not_eligible" | "person_declined" | "other";
        };
        ShelterResponse: {
            /** @example kw-shelter-1 */
            shelterId: string;
            /** @example kw-shelter-gov */
            providerAgencyId: string;
            nameEn: string;
            nameAr: string;
            forChildren: boolean;
            capacity: number;
            occupied: number;
            free: number;
            /** @description Placements waiting for a bed */
            queued: number;
        };
        ShelterPage: {
            items: components["schemas"]["ShelterResponse"][];
        };
        InvestigationSummaryResponse: {
            /** Format: uuid */
            investigationId: string;
            /** @enum {string} */
            status: "open" | "closed";
            /**
             * @description The agency that opened it
             * @example kw-moi-police
             */
            leadAgencyId: string;
            /** Format: date-time */
            openedAt: string;
            /** @description How many referred cases (victims) it concerns */
            cases: number;
        };
        InvestigationSummaryPage: {
            items: components["schemas"]["InvestigationSummaryResponse"][];
        };
        OpenInvestigationRequest: {
            /** @description Referred cases (victims) the investigation concerns */
            caseIds: string[];
        };
        InvestigationOpenedResponse: {
            /** Format: uuid */
            investigationId: string;
            /** @enum {string} */
            status: "open";
            /** @description The cases linked, each once */
            caseIds: string[];
        };
        SuspectIdentityDto: {
            /** @description A person's full name, or a legal person's registered name */
            name: string;
            /** @description Passport, civil ID or commercial registration number */
            documentNumber?: string;
            address?: string;
        };
        InvestigationSuspectResponse: {
            /** Format: uuid */
            suspectId: string;
            /** @enum {string} */
            kind: "person" | "legal_person";
            /** @enum {string} */
            role: "recruiter" | "transporter" | "broker" | "harbourer" | "exploiter" | "other";
            /**
             * @description ISO 3166-1 alpha-2; null when not known
             * @example KW
             */
            nationality: string | null;
            /** @description As recorded; absent for readers who may not see suspects' identities */
            identity?: components["schemas"]["SuspectIdentityDto"];
        };
        InvestigationChargeResponse: {
            /** Format: uuid */
            chargeId: string;
            /** Format: uuid */
            suspectId: string;
            /**
             * @description A catalogued law, or 'other'
             * @example kw-91-2013
             */
            lawCode: string;
            /** @example 2 */
            article: string;
            /** @description The law cited by reference with lawCode 'other'; null otherwise */
            otherLawReference: string | null;
            /**
             * @example [
             *       "transnational"
             *     ]
             */
            aggravatingCircumstances: string[];
            /** @description Each amendment makes a new version; the first is 1 */
            version: number;
        };
        HearingTestimonyResponse: {
            /**
             * Format: uuid
             * @description The victim's case
             */
            caseId: string;
            measures: ("interpreter" | "legal_aid" | "transport" | "video_link" | "closed_session" | "risk_review")[];
        };
        InvestigationHearingResponse: {
            /** Format: uuid */
            hearingId: string;
            /** @enum {string} */
            hearingType: "first_instance" | "appeal" | "cassation" | "detention_review" | "other";
            court: string;
            /**
             * Format: date
             * @example 2027-01-20
             */
            scheduledOn: string;
            /**
             * @description A postponed hearing is scheduled again on its new date
             * @enum {string}
             */
            status: "scheduled" | "held" | "postponed";
            closedSession: boolean;
            testimonies: components["schemas"]["HearingTestimonyResponse"][];
        };
        InvestigationVerdictResponse: {
            /** Format: uuid */
            verdictId: string;
            /** Format: uuid */
            chargeId: string;
            /** Format: uuid */
            suspectId: string;
            /** @enum {string} */
            outcome: "convicted" | "acquitted" | "dismissed";
            /** @enum {string} */
            courtLevel: "first_instance" | "appeal" | "cassation" | "detention_review" | "other";
            /**
             * Format: date
             * @example 2027-03-01
             */
            decidedOn: string;
            /** @description Months of imprisonment (convictions); null when none was given */
            sentenceMonths: number | null;
            lifeImprisonment: boolean;
            /** @description The parties that appealed it */
            appealsBy: ("prosecution" | "defence")[];
        };
        InvestigationResponse: {
            /** Format: uuid */
            investigationId: string;
            /** @enum {string} */
            status: "open" | "closed";
            /** @example kw-moi-police */
            leadAgencyId: string;
            /** @description The agencies that work it, sorted */
            agencyIds: string[];
            /** @description The referred cases (victims) it concerns, sorted */
            caseIds: string[];
            /** @description In the order added */
            suspects: components["schemas"]["InvestigationSuspectResponse"][];
            /** @description In the order filed */
            charges: components["schemas"]["InvestigationChargeResponse"][];
            /** @description By date */
            hearings: components["schemas"]["InvestigationHearingResponse"][];
            /** @description By date */
            verdicts: components["schemas"]["InvestigationVerdictResponse"][];
        };
        InvestigationAgencyRequest: {
            /**
             * @description An agency that joins the investigation
             * @example kw-public-prosecution
             */
            agencyId: string;
        };
        InvestigationAgenciesResponse: {
            /** Format: uuid */
            investigationId: string;
            /** @description Sorted */
            agencyIds: string[];
        };
        LinkCaseRequest: {
            caseId: string;
        };
        InvestigationCasesResponse: {
            /** Format: uuid */
            investigationId: string;
            /** @description Sorted */
            caseIds: string[];
        };
        CloseInvestigationRequest: {
            /** @enum {string} */
            reason: "referred_to_court" | "insufficient_evidence" | "suspects_not_found" | "merged" | "other";
        };
        InvestigationClosedResponse: {
            /** Format: uuid */
            investigationId: string;
            /** @enum {string} */
            status: "closed";
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
        SuspectAddedResponse: {
            /** Format: uuid */
            suspectId: string;
            /** @enum {string} */
            kind: "person" | "legal_person";
            /** @enum {string} */
            role: "recruiter" | "transporter" | "broker" | "harbourer" | "exploiter" | "other";
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
        ChargeVersionResponse: {
            /** Format: uuid */
            chargeId: string;
            version: number;
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
        HearingStatusResponse: {
            /** Format: uuid */
            hearingId: string;
            /** @enum {string} */
            status: "scheduled" | "held";
        };
        PostponementRequest: {
            /** @example 2027-02-10 */
            newDate: string;
        };
        HearingPostponedResponse: {
            /** Format: uuid */
            hearingId: string;
            /** @enum {string} */
            status: "scheduled";
            /**
             * Format: date
             * @example 2027-02-10
             */
            scheduledOn: string;
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
        TestimonyArrangedResponse: {
            /** Format: uuid */
            hearingId: string;
            /** Format: uuid */
            caseId: string;
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
        VerdictRecordedResponse: {
            /** Format: uuid */
            verdictId: string;
            /** @enum {string} */
            outcome: "convicted" | "acquitted" | "dismissed";
        };
        AppealRequest: {
            /** @enum {string} */
            filedBy: "prosecution" | "defence";
            /** @example 2027-03-15 */
            filedOn: string;
        };
        AppealFiledResponse: {
            /** Format: uuid */
            appealId: string;
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
        CompensationOrderedResponse: {
            /** Format: uuid */
            compensationId: string;
            /** @enum {boolean} */
            paid: false;
        };
        CompensationPaymentRequest: {
            /** @example 2027-05-01 */
            paidOn: string;
        };
        CompensationPaidResponse: {
            /** Format: uuid */
            compensationId: string;
            /** @enum {boolean} */
            paid: true;
            /**
             * Format: date
             * @example 2027-05-01
             */
            paidOn: string;
        };
        VerdictOutcomeCountsResponse: {
            convicted: number;
            acquitted: number;
            dismissed: number;
        };
        ArticleConvictionsResponse: {
            /** @example kw-91-2013 */
            lawCode: string;
            /** @example 2 */
            article: string;
            convictions: number;
        };
        ReferralToVerdictDaysResponse: {
            /** @description How many verdicts the figures are over */
            verdicts: number;
            /** @description null when there are no verdicts */
            median: number | null;
            /** @description To one decimal; null when there are no verdicts */
            mean: number | null;
        };
        ProsecutionStatisticsResponse: {
            /** @example 2027 */
            year: number;
            /** @description Investigations opened in the year */
            investigationsOpened: number;
            /** @description Investigations with a charge filed in the year */
            prosecutions: number;
            verdictsByOutcome: components["schemas"]["VerdictOutcomeCountsResponse"];
            /** @description Most convictions first, then by law and article */
            convictionsByArticle: components["schemas"]["ArticleConvictionsResponse"][];
            referralToVerdictDays: components["schemas"]["ReferralToVerdictDaysResponse"];
        };
        AggravatingCircumstanceResponse: {
            /** @example vulnerable_victim */
            code: string;
            /** @example The victim is a child, a woman or a person with a disability */
            en: string;
        };
        LawArticleResponse: {
            /** @example kw-91-2013 */
            lawCode: string;
            /** @example 2 */
            article: string;
            /** @example Trafficking in persons */
            offenceEn: string;
            /** @example الاتجار بالأشخاص */
            offenceAr: string;
            /** @description The penalty as the cited sources state it */
            penaltyEn: string;
            aggravatingCircumstances: components["schemas"]["AggravatingCircumstanceResponse"][];
            /** @example 2026.1 */
            catalogueVersion: string;
        };
        LawCataloguePage: {
            items: components["schemas"]["LawArticleResponse"][];
        };
        ExchangeRequest: {
            /** Format: uuid */
            caseId: string;
            /** @example bh */
            partner: string;
            /** @enum {string} */
            type: "transfer_referral" | "information_request" | "return_coordination" | "prosecution_cooperation" | "status_follow_up" | "cease_processing" | "regional_statistics";
            /** @enum {string} */
            purpose: "identification" | "assistance" | "return_and_social_inclusion" | "proceedings" | "statistics";
            /** @description What the partner is told */
            exploitationTypes?: ("sexual_exploitation" | "forced_labour" | "domestic_servitude" | "forced_marriage" | "forced_criminality" | "forced_begging" | "organ_removal" | "child_soldiering" | "other")[];
            /** @description A note to the partner, sent only if the agreement lists note */
            note?: string;
        };
        ExchangeRequestAccepted: {
            /** Format: uuid */
            messageId: string;
            /** @enum {string} */
            status: "queued";
            agreementReference: string;
            /** @description The fields that will leave, after minimisation */
            fields: string[];
        };
        ExchangeMessageResponse: {
            /** Format: uuid */
            messageId: string;
            /** @enum {string} */
            direction: "outgoing" | "incoming";
            /** @example bh */
            partner: string;
            /** @enum {string} */
            type: "transfer_referral" | "information_request" | "return_coordination" | "prosecution_cooperation" | "status_follow_up" | "cease_processing" | "regional_statistics";
            /** @enum {string} */
            purpose: "identification" | "assistance" | "return_and_social_inclusion" | "proceedings" | "statistics";
            /** @enum {string} */
            status: "queued" | "delivered" | "refused" | "accepted" | "forwarded";
            agreementReference: string;
            legalBasis: string;
            /** Format: date-time */
            at: string;
            /** Format: date-time */
            settledAt: string | null;
            attempts: number;
            /** @enum {string} */
            refusalReason?: "unknown_partner" | "revoked_partner" | "undecryptable" | "bad_signature" | "unknown_key" | "malformed" | "replayed" | "outside_time_window" | "no_agreement" | "beyond_agreement" | "not_addressed_here" | "unprocessable";
            /**
             * Format: uuid
             * @description The message this one answers
             */
            inReplyTo?: string;
            /** @description What a follow-up says of the case (a decision), without personal data */
            decision?: string;
            /** @description The partner's signed receipt or refusal (a compact JWS) */
            answer?: string;
        };
        ExchangeMessagePage: {
            items: components["schemas"]["ExchangeMessageResponse"][];
        };
        ExchangeMessageContentResponse: {
            /** Format: uuid */
            messageId: string;
            /** @enum {string} */
            direction: "outgoing" | "incoming";
            partner: string;
            /** @enum {string} */
            type: "transfer_referral" | "information_request" | "return_coordination" | "prosecution_cooperation" | "status_follow_up" | "cease_processing" | "regional_statistics";
            /** @enum {string} */
            purpose: "identification" | "assistance" | "return_and_social_inclusion" | "proceedings" | "statistics";
            /** @description The message's body: the person's details it carried (within your view), a decision, a note */
            body: {
                [key: string]: unknown;
            };
            /** @description The person's fields it carried that your view does not show */
            withheld: string[];
        };
        EvidenceMessage: {
            /** @enum {string} */
            direction: "outgoing" | "incoming";
            /** Format: uuid */
            messageId: string;
            partner: string;
            /** @enum {string} */
            type: "transfer_referral" | "information_request" | "return_coordination" | "prosecution_cooperation" | "status_follow_up" | "cease_processing" | "regional_statistics";
            /** @enum {string} */
            purpose: "identification" | "assistance" | "return_and_social_inclusion" | "proceedings" | "statistics";
            agreementReference: string;
            legalBasis: string;
            /** Format: date-time */
            at: string;
            /** @description The message as its sender signed it (a compact JWS); null once the person's data was erased */
            signedMessage: string | null;
            /** @description The signed receipt or refusal (a compact JWS) */
            answer: string | null;
        };
        ExchangeEvidenceResponse: {
            /** Format: uuid */
            caseId: string;
            /** @example kw */
            deployment: string;
            /** Format: date-time */
            exportedAt: string;
            exportedBy: string;
            messages: components["schemas"]["EvidenceMessage"][];
            /** @description The log above signed by this deployment (compact JWS of the same fields) */
            signature: string;
        };
        PartnerAgencyDto: {
            /** @example bh-nrm-office */
            agencyId: string;
            /** @example National Referral Mechanism office */
            name: string;
        };
        PartnerResponse: {
            /** @example bh */
            country: string;
            name: string;
            endpoint: string;
            keySetUrl: string;
            agencies: components["schemas"]["PartnerAgencyDto"][];
            /** @enum {string} */
            status: "active" | "revoked";
            /** @description Each change adds one */
            version: number;
            /** Format: date-time */
            changedAt: string;
            /** @description The agreement in force, if any */
            agreementReference?: string;
        };
        PartnerPage: {
            items: components["schemas"]["PartnerResponse"][];
        };
        PartnerRequest: {
            /** @example Kingdom of Bahrain */
            name: string;
            /**
             * @description The partner's exchange listener
             * @example https://exchange.nrm.bh.example
             */
            endpoint: string;
            /**
             * @description The partner's public key set (JWKS): its signing and encryption keys
             * @example https://exchange.nrm.bh.example/exchange/v1/keys
             */
            keySetUrl: string;
            /** @description The first is the referring agency of its referrals here */
            agencies: components["schemas"]["PartnerAgencyDto"][];
            /**
             * @description revoked: nothing is sent to it and nothing it sends is accepted
             * @enum {string}
             */
            status?: "active" | "revoked";
        };
        AgreementRequest: {
            /**
             * @description What both parties call it
             * @example KW-BH-TIP-MOU-2025
             */
            reference: string;
            messageTypes: ("transfer_referral" | "information_request" | "return_coordination" | "prosecution_cooperation" | "status_follow_up" | "cease_processing" | "regional_statistics")[];
            purposes: ("identification" | "assistance" | "return_and_social_inclusion" | "proceedings" | "statistics")[];
            /** @description Nothing else leaves or is accepted */
            fields: ("person" | "person.names" | "person.aliases" | "person.dateOfBirth" | "person.estimatedAge" | "person.sex" | "person.nationalities" | "person.languages" | "person.interpreter" | "person.documents" | "person.contact" | "handledAsChild" | "exploitationTypes" | "immediateRisks" | "note" | "decision")[];
            /** @example Memorandum of understanding of 2025, article 4; Law No. 91 of 2013, article 12 */
            legalBasis: string;
            /**
             * Format: date
             * @example 2025-01-01
             */
            validFrom: string;
            /**
             * Format: date
             * @example 2028-12-31
             */
            validUntil?: string;
        };
        AgreementResponse: {
            /** Format: uuid */
            agreementId: string;
            partner: string;
            reference: string;
            messageTypes: ("transfer_referral" | "information_request" | "return_coordination" | "prosecution_cooperation" | "status_follow_up" | "cease_processing" | "regional_statistics")[];
            purposes: ("identification" | "assistance" | "return_and_social_inclusion" | "proceedings" | "statistics")[];
            fields: string[];
            legalBasis: string;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validUntil: string | null;
        };
        StatisticsPublicationRequest: {
            /**
             * @example referrals
             * @enum {string}
             */
            table: "referrals" | "anonymous-notices" | "case-stages" | "prosecutions";
            /**
             * @description One dimension of the table
             * @example nationality
             */
            by: string;
            /** @example 2026 */
            year: number;
        };
        StatisticsPublicationResponse: {
            /** @enum {string} */
            table: "referrals" | "anonymous-notices" | "case-stages" | "prosecutions";
            by: string;
            year: number;
            /** @description k: counts from 1 to k - 1 were suppressed */
            k: number;
            /** @description The partners it is sent to (those whose agreement covers it) */
            sentTo: string[];
        };
        SuppressibleCountResponse: {
            /**
             * @description null when suppressed (fewer than `minimumCell` cases, or a count that would reveal one); never 0 for a suppressed count: a true zero is 0 with `suppressed` false
             * @example 42
             */
            count: number | null;
            /** @description The count is hidden (small-cell suppression); `count` is then null */
            suppressed: boolean;
        };
        PublishingStateResponse: {
            /** @example bh */
            state: string;
            /** Format: date-time */
            publishedAt: string;
            total: components["schemas"]["SuppressibleCountResponse"];
        };
        RegionalCellResponse: {
            /**
             * @description null when suppressed (fewer than `minimumCell` cases, or a count that would reveal one); never 0 for a suppressed count: a true zero is 0 with `suppressed` false
             * @example 42
             */
            count: number | null;
            /** @description The count is hidden (small-cell suppression); `count` is then null */
            suppressed: boolean;
            /** @example PH */
            value: string;
        };
        RegionalStatisticsResponse: {
            /** @enum {string} */
            table: "referrals" | "anonymous-notices" | "case-stages" | "prosecutions";
            by: string;
            year: number;
            k: number;
            states: components["schemas"]["PublishingStateResponse"][];
            cells: components["schemas"]["RegionalCellResponse"][];
            total: components["schemas"]["SuppressibleCountResponse"];
            suppressedCells: number;
        };
        QuarantinedMessageResponse: {
            /** Format: uuid */
            quarantineId: string;
            claimedPartner: string | null;
            /** Format: uuid */
            messageId: string | null;
            /** @enum {string} */
            reason: "unknown_partner" | "revoked_partner" | "undecryptable" | "bad_signature" | "unknown_key" | "malformed" | "replayed" | "outside_time_window" | "no_agreement" | "beyond_agreement" | "not_addressed_here" | "unprocessable";
            detail: string;
            /** Format: date-time */
            receivedAt: string;
        };
        QuarantinePage: {
            items: components["schemas"]["QuarantinedMessageResponse"][];
        };
        VerdictCountsResponse: {
            convicted?: number;
            acquitted?: number;
            dismissed?: number;
        };
        CaseHearingResponse: {
            /** Format: uuid */
            hearingId: string;
            /** @enum {string} */
            hearingType: "first_instance" | "appeal" | "cassation" | "detention_review" | "other";
            /**
             * Format: date
             * @example 2026-05-14
             */
            scheduledOn: string;
            /** @enum {string} */
            status: "scheduled" | "held" | "postponed";
            /** @description The victim of this case testifies at the hearing */
            victimTestifies: boolean;
        };
        CaseCompensationResponse: {
            /**
             * @description The amount ordered, in `currency` (up to three decimals)
             * @example 1500
             */
            amount: number;
            /**
             * @description ISO 4217 code
             * @example KWD
             */
            currency: string;
            /**
             * Format: date
             * @example 2026-09-30
             */
            orderedOn: string;
            paid: boolean;
        };
        CaseInvestigationResponse: {
            /** Format: uuid */
            investigationId: string;
            /** @enum {string} */
            status: "open" | "closed";
            /** Format: date-time */
            openedAt: string;
            verdictsByOutcome: components["schemas"]["VerdictCountsResponse"];
            /** @description By date; only for investigators, prosecutors, supervisors, protection case workers and identification officers */
            hearings?: components["schemas"]["CaseHearingResponse"][];
            /** @description Only for the roles that see hearings */
            compensation?: components["schemas"]["CaseCompensationResponse"][];
        };
        CaseProsecutionResponse: {
            investigations: components["schemas"]["CaseInvestigationResponse"][];
        };
        CaseViewResponse: {
            /** Format: uuid */
            caseId: string;
            /** @example KW-2026-7H2K9Q */
            caseReference: string;
            /**
             * @example [
             *       "referral",
             *       "screening",
             *       "notification"
             *     ]
             */
            stagesReached: ("referral" | "screening" | "protection" | "prosecution" | "notification")[];
            /** @description As `referralStatus` answers it */
            referral: components["schemas"]["ReferralStatusResponse"];
            /** @description The screening as `readScreening` answers it; null before screening opens */
            screening: {
                [key: string]: unknown;
            } | null;
            /** @description The protection case as `protectionCase` answers it, for protection case workers and supervisors; null for other roles or before protection opens */
            protection: {
                [key: string]: unknown;
            } | null;
            prosecution: components["schemas"]["CaseProsecutionResponse"];
            /** @description The case's notifications in the caller's inbox */
            notifications: components["schemas"]["InboxItemResponse"][];
        };
        CaseAccessEntryResponse: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            service: "intake" | "identification" | "protection" | "prosecution-tracking" | "notifications" | "exchange";
            /** @description Who: a user of the supervisor's own agency; null for staff of other agencies; absent in the representative's report */
            userId?: string | null;
            /** @example kw-moi-police */
            agencyId: string;
            /** @enum {string} */
            role: "first_responder" | "identification_officer" | "supervisor" | "protection_case_worker" | "service_provider" | "investigator" | "prosecutor" | "analyst" | "administrator";
            /** @enum {string} */
            action: "read" | "write" | "denied";
            /**
             * @description The service's operation; absent in the representative's report
             * @example GET /internal/referrals/:caseId
             */
            what?: string;
            /**
             * @description The purpose stated or that of the role; null for entries made before purposes were kept
             * @enum {string|null}
             */
            why: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review" | null;
            /**
             * @description The HTTP status it ended with; absent in the representative's report
             * @example 200
             */
            outcome?: number;
        };
        CaseAccessLogResponse: {
            /** Format: uuid */
            caseId: string;
            entries: components["schemas"]["CaseAccessEntryResponse"][];
        };
        StageDurationResponse: {
            /** @enum {string} */
            stage: "referral_withdrawn" | "screening_opened" | "indicators_assessed" | "preliminary_decision" | "recovery_period_started" | "final_decision" | "reconsideration_decided" | "protection_opened" | "service_referred" | "service_delivered" | "shelter_placed" | "return_completed" | "protection_closed" | "investigation_linked" | "victim_testimony_arranged";
            /** @description The cases that reached the stage; null when suppressed (fewer than `minimumCell`) */
            cases: number | null;
            /** @description Fewer than `minimumCell` cases: the count and the durations are not shown */
            suppressed: boolean;
            /**
             * @description Absent when suppressed
             * @example 12
             */
            medianDays?: number | null;
            /**
             * @description One decimal; absent when suppressed
             * @example 14.6
             */
            meanDays?: number | null;
            /**
             * @description 90th percentile; absent when suppressed
             * @example 31
             */
            p90Days?: number | null;
        };
        DurationStatisticsResponse: {
            /**
             * @description k: the fewest cases a figure is shown for
             * @example 11
             */
            minimumCell: number;
            /** @enum {string} */
            unit: "days from referral";
            /** @description The stages reached, by name */
            stages: components["schemas"]["StageDurationResponse"][];
        };
        PrevalenceOutcomeResponse: {
            /**
             * @description null when suppressed (fewer than `minimumCell` cases, or a count that would reveal one); never 0 for a suppressed count: a true zero is 0 with `suppressed` false
             * @example 42
             */
            count: number | null;
            /** @description The count is hidden (small-cell suppression); `count` is then null */
            suppressed: boolean;
            /** @enum {string} */
            outcome: "indicated" | "labour-rights-case" | "not-indicated";
        };
        PrevalenceListResponse: {
            /**
             * @description null when suppressed (fewer than `minimumCell` cases, or a count that would reveal one); never 0 for a suppressed count: a true zero is 0 with `suppressed` false
             * @example 42
             */
            count: number | null;
            /** @description The count is hidden (small-cell suppression); `count` is then null */
            suppressed: boolean;
            /** @enum {string} */
            list: "adult-labour" | "child-labour" | "adult-sexual" | "child-sexual";
        };
        PrevalenceDimensionResponse: {
            /**
             * @description null when suppressed (fewer than `minimumCell` cases, or a count that would reveal one); never 0 for a suppressed count: a true zero is 0 with `suppressed` false
             * @example 42
             */
            count: number | null;
            /** @description The count is hidden (small-cell suppression); `count` is then null */
            suppressed: boolean;
            /** @enum {string} */
            list: "adult-labour" | "child-labour" | "adult-sexual" | "child-sexual";
            /** @enum {string} */
            dimension: "D1" | "D2" | "D3" | "D4" | "D5" | "D6";
        };
        PrevalenceIndicatorResponse: {
            /**
             * @description null when suppressed (fewer than `minimumCell` cases, or a count that would reveal one); never 0 for a suppressed count: a true zero is 0 with `suppressed` false
             * @example 42
             */
            count: number | null;
            /** @description The count is hidden (small-cell suppression); `count` is then null */
            suppressed: boolean;
            /** @enum {string} */
            list: "adult-labour" | "child-labour" | "adult-sexual" | "child-sexual";
            /** @enum {string} */
            dimension: "D1" | "D2" | "D3" | "D4" | "D5" | "D6";
            /**
             * @description The indicator id, as the catalogue names it
             * @example AL-D1-deceived-about-job
             */
            indicator: string;
        };
        IndicatorPrevalenceResponse: {
            /** @enum {string} */
            statistic: "indicator-prevalence";
            /**
             * @description k: counts from 1 to k - 1 are suppressed
             * @example 11
             */
            minimumCell: number;
            /**
             * @description The `year`, `month` and `list` asked for
             * @example {
             *       "year": "2026",
             *       "list": "adult-labour"
             *     }
             */
            filters: {
                [key: string]: string;
            };
            casesAssessed: components["schemas"]["SuppressibleCountResponse"];
            /** @description The overall advice, or the list's with a list asked for; every outcome, zeros included */
            outcomes: components["schemas"]["PrevalenceOutcomeResponse"][];
            /** @description Cases whose advice is not complete (an indicator found or unanswered has no established grade) */
            incompleteAdvice: components["schemas"]["SuppressibleCountResponse"];
            /** @description Cases assessed on each list (a case can be on more than one); only the list asked for, if one is */
            lists: components["schemas"]["PrevalenceListResponse"][];
            /** @description Per list, every dimension, zeros included */
            dimensions: components["schemas"]["PrevalenceDimensionResponse"][];
            /** @description Per list and dimension, each indicator present in some case (those in none are absent) */
            indicators: components["schemas"]["PrevalenceIndicatorResponse"][];
            /** @description How many of the counts shown are suppressed */
            suppressedCells: number;
        };
        /** @description A count, and one property per dimension of the table (`dimensions`) with its value as text; a margin lacks the dimension it adds up over */
        StatisticsCellResponse: {
            /**
             * @description null when suppressed (fewer than `minimumCell` cases, or a count that would reveal one); never 0 for a suppressed count: a true zero is 0 with `suppressed` false
             * @example 42
             */
            count: number | null;
            /** @description The count is hidden (small-cell suppression); `count` is then null */
            suppressed: boolean;
        } & {
            [key: string]: string;
        };
        StatisticsTableResponse: {
            /** @enum {string} */
            table: "referrals" | "anonymous-notices" | "case-stages" | "prosecutions";
            /**
             * @description The dimensions asked for (`by`), one or two; each is a property of the cells
             * @example [
             *       "month",
             *       "channel"
             *     ]
             */
            dimensions: string[];
            /**
             * @description k: counts from 1 to k - 1 are suppressed
             * @example 11
             */
            minimumCell: number;
            /**
             * @description The dimensions given as query parameters, with their values
             * @example {
             *       "stage": "service_delivered"
             *     }
             */
            filters: {
                [key: string]: string;
            };
            /** @description One per value found (per combination of the values found, zeros included, with two dimensions), ordered by value */
            cells: components["schemas"]["StatisticsCellResponse"][];
            /** @description With two dimensions, per dimension its values added up over the other dimension; empty with one */
            margins: {
                [key: string]: components["schemas"]["StatisticsCellResponse"][];
            };
            /** @description The count over every value */
            total: components["schemas"]["SuppressibleCountResponse"];
            /** @description How many counts (cells, margins, total) are suppressed */
            suppressedCells: number;
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
                content: {
                    "application/json": components["schemas"]["AnonymousNoticeRecordedResponse"];
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
                content: {
                    "application/json": components["schemas"]["DuplicateLinkPage"];
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
                content: {
                    "application/json": components["schemas"]["ReferralAmendedResponse"];
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
                content: {
                    "application/json": components["schemas"]["ReferralVersionPage"];
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
                content: {
                    "application/json": components["schemas"]["ConsentInForcePage"];
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
            /** @description Recorded: the consent in force for each purpose, after the change */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentInForcePage"];
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
                content: {
                    "application/json": components["schemas"]["InboxPage"];
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
                content: {
                    "application/json": components["schemas"]["WebhookEndpointResponse"];
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
                content: {
                    "application/json": components["schemas"]["WebhookTestResponse"];
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
                content: {
                    "application/json": components["schemas"]["EmailEndpointResponse"];
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
                content: {
                    "application/json": components["schemas"]["AgencySubscriptionsResponse"];
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
                content: {
                    "application/json": components["schemas"]["SubscriptionResponse"];
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
                content: {
                    "application/json": components["schemas"]["SubscriptionResponse"];
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
                content: {
                    "application/json": components["schemas"]["AgencyPreferencesResponse"];
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
                content: {
                    "application/json": components["schemas"]["AgencyPreferencesResponse"];
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
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
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
                content: {
                    "application/json": components["schemas"]["ProtectionCasePage"];
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
                content: {
                    "application/json": components["schemas"]["ProtectionCaseResponse"];
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
                content: {
                    "application/json": components["schemas"]["NeedsPlanResponse"];
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
                content: {
                    "application/json": components["schemas"]["ServiceReferralMadeResponse"];
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
                content: {
                    "application/json": components["schemas"]["PlacementResponse"];
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
                content: {
                    "application/json": components["schemas"]["LeadAgencyResponse"];
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
                content: {
                    "application/json": components["schemas"]["ProtectionCaseStatusResponse"];
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
                content: {
                    "application/json": components["schemas"]["ProtectionCaseStatusResponse"];
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
                content: {
                    "application/json": components["schemas"]["ResidenceStatusRecordedResponse"];
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
                content: {
                    "application/json": components["schemas"]["ReturnPlannedResponse"];
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
                content: {
                    "application/json": components["schemas"]["ReturnCompletedResponse"];
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
                content: {
                    "application/json": components["schemas"]["ReturnCancelledResponse"];
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
                content: {
                    "application/json": components["schemas"]["FollowUpRecordedResponse"];
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
                content: {
                    "application/json": components["schemas"]["CourtTaskDoneResponse"];
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
                status?: "pending" | "accepted" | "declined" | "completed";
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
                    "application/json": components["schemas"]["ProviderReferralPage"];
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
                content: {
                    "application/json": components["schemas"]["ServiceReferralStatusResponse"];
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
                content: {
                    "application/json": components["schemas"]["ServiceReferralStatusResponse"];
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
                content: {
                    "application/json": components["schemas"]["ServiceReferralStatusResponse"];
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
                content: {
                    "application/json": components["schemas"]["ShelterPage"];
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
                content: {
                    "application/json": components["schemas"]["PlacementResponse"];
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
                content: {
                    "application/json": components["schemas"]["PlacementResponse"];
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
                content: {
                    "application/json": components["schemas"]["PlacementResponse"];
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
                content: {
                    "application/json": components["schemas"]["InvestigationSummaryPage"];
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
                content: {
                    "application/json": components["schemas"]["InvestigationOpenedResponse"];
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
                content: {
                    "application/json": components["schemas"]["InvestigationResponse"];
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
                content: {
                    "application/json": components["schemas"]["InvestigationAgenciesResponse"];
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
                content: {
                    "application/json": components["schemas"]["InvestigationCasesResponse"];
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
                content: {
                    "application/json": components["schemas"]["InvestigationClosedResponse"];
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
                content: {
                    "application/json": components["schemas"]["SuspectAddedResponse"];
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
                content: {
                    "application/json": components["schemas"]["ChargeVersionResponse"];
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
                content: {
                    "application/json": components["schemas"]["ChargeVersionResponse"];
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
                content: {
                    "application/json": components["schemas"]["HearingStatusResponse"];
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
                content: {
                    "application/json": components["schemas"]["HearingPostponedResponse"];
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
                content: {
                    "application/json": components["schemas"]["HearingStatusResponse"];
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
                content: {
                    "application/json": components["schemas"]["TestimonyArrangedResponse"];
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
                content: {
                    "application/json": components["schemas"]["VerdictRecordedResponse"];
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
                content: {
                    "application/json": components["schemas"]["AppealFiledResponse"];
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
                content: {
                    "application/json": components["schemas"]["CompensationOrderedResponse"];
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
                content: {
                    "application/json": components["schemas"]["CompensationPaidResponse"];
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
                content: {
                    "application/json": components["schemas"]["ProsecutionStatisticsResponse"];
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
    lawCatalogue: {
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
                    "application/json": components["schemas"]["LawCataloguePage"];
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
    requestExchange: {
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
                "application/json": components["schemas"]["ExchangeRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeRequestAccepted"];
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
            /** @description no agreement covers it, or consent does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case for you, or no such partner */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the person's data was erased */
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
    caseExchangeMessages: {
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
                    "application/json": components["schemas"]["ExchangeMessagePage"];
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
            /** @description no such case for you */
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
    caseExchangeMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                messageId: string;
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
                    "application/json": components["schemas"]["ExchangeMessageContentResponse"];
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
            /** @description no such case for you, or no such message of it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the person's data was erased */
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
    caseExchangeEvidence: {
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
                    "application/json": components["schemas"]["ExchangeEvidenceResponse"];
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
            /** @description you do not see the person's full details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case for you */
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
    partners: {
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
                    "application/json": components["schemas"]["PartnerPage"];
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
    registerPartner: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                country: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerResponse"];
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
    recordAgreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the user reads or changes case data, recorded in every service's audit log; without it, the purpose of the user's role */
                "X-Access-Purpose"?: "referral" | "identification" | "protection" | "investigation" | "prosecution" | "supervision" | "statistics" | "administration" | "consent_or_rights_request" | "erasure" | "audit_review";
            };
            path: {
                country: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementResponse"];
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
            /** @description no such partner */
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
    publishStatistics: {
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
                "application/json": components["schemas"]["StatisticsPublicationRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsPublicationResponse"];
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
    regionalStatistics: {
        parameters: {
            query: {
                year: number;
                by: string;
                table: "referrals" | "anonymous-notices" | "case-stages" | "prosecutions";
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
                    "application/json": components["schemas"]["RegionalStatisticsResponse"];
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
    quarantine: {
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
                    "application/json": components["schemas"]["QuarantinePage"];
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
                content: {
                    "application/json": components["schemas"]["CaseViewResponse"];
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
                content: {
                    "application/json": components["schemas"]["CaseAccessLogResponse"];
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
                content: {
                    "application/json": components["schemas"]["DurationStatisticsResponse"];
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
                content: {
                    "application/json": components["schemas"]["IndicatorPrevalenceResponse"];
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
            /** @description The table as JSON, or with `format=csv` as CSV: a header line (the dimensions, `count`, `suppressed`), one line per cell, then the margins and the total with `(all)` for a value added up over; a suppressed count is an empty field with `suppressed` true, a zero is `0` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsTableResponse"];
                    "text/csv": string;
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
            /** @description An SVG bar chart: a suppressed count has no bar but the words "fewer than k or hidden", unlike a zero */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
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
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const pathsApiV1ReferralsGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/referrals"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ReferralsPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/referrals"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ReferralsAnonymousNoticesPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/referrals/anonymous-notices"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ReferralsDuplicatesGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/referrals/duplicates"]["get"]["parameters"]["query"]["status"]> = ["suspected", "confirmed", "rejected"];
export const pathsApiV1ReferralsDuplicatesGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/referrals/duplicates"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ReferralsDuplicatesLinkIdDecisionPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/referrals/duplicates/{linkId}/decision"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ReferralsCaseIdGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/referrals/{caseId}"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ReferralsCaseIdPatchParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/referrals/{caseId}"]["patch"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ReferralsCaseIdVersionsGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/referrals/{caseId}/versions"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ReferralsCaseIdWithdrawalPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/referrals/{caseId}/withdrawal"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ReferralsCaseIdPersonalDataGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/referrals/{caseId}/personal-data"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ReferralsCaseIdDisclosureOverridesPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/referrals/{caseId}/disclosure-overrides"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ReferralsCaseIdPersonalDataErasurePostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/referrals/{caseId}/personal-data-erasure"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ReferralsCaseIdConsentsGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/referrals/{caseId}/consents"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ReferralsCaseIdConsentsPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/referrals/{caseId}/consents"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ScreeningsGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/screenings"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ScreeningsCaseIdGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/screenings/{caseId}"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ScreeningsCaseIdPreliminaryDecisionPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/screenings/{caseId}/preliminary-decision"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ScreeningsCaseIdRecoveryPeriodExtensionsPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/screenings/{caseId}/recovery-period/extensions"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ScreeningsCaseIdFinalDecisionPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/screenings/{caseId}/final-decision"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ScreeningsCaseIdFinalDecisionReviewPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/screenings/{caseId}/final-decision/review"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ScreeningsCaseIdReconsiderationPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/screenings/{caseId}/reconsideration"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ScreeningsCaseIdPalermoTestPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/screenings/{caseId}/palermo-test"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ScreeningsCaseIdIndicatorAssessmentsGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/screenings/{caseId}/indicator-assessments"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ScreeningsCaseIdIndicatorAssessmentsPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/screenings/{caseId}/indicator-assessments"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ScreeningsCaseIdIndicatorAssessmentsAssessmentIdGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/screenings/{caseId}/indicator-assessments/{assessmentId}"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ScreeningsCaseIdIndicatorAssessmentsAssessmentIdAnswersPutParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/screenings/{caseId}/indicator-assessments/{assessmentId}/answers"]["put"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ScreeningsCaseIdIndicatorAssessmentsAssessmentIdCompletionPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/screenings/{caseId}/indicator-assessments/{assessmentId}/completion"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1IndicatorCataloguesGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/indicator-catalogues"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1IndicatorCataloguesPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/indicator-catalogues"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1IndicatorCataloguesVersionGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/indicator-catalogues/{version}"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1IndicatorCataloguesVersionDifferencesGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/indicator-catalogues/{version}/differences"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1IndicatorCataloguesVersionAdoptionPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/indicator-catalogues/{version}/adoption"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1InboxGetParametersQueryUnreadValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/inbox"]["get"]["parameters"]["query"]["unread"]> = ["true", "false"];
export const pathsApiV1InboxGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/inbox"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1InboxNotificationIdReadPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/inbox/{notificationId}/read"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1AgencyWebhookPutParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/agency/webhook"]["put"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1AgencyWebhookTestPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/agency/webhook/test"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1AgencyEmailPutParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/agency/email"]["put"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1AgencySubscriptionsGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/agency/subscriptions"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1AgencySubscriptionsKindPutParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/agency/subscriptions/{kind}"]["put"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1AgencySubscriptionsKindPutParametersPathKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/agency/subscriptions/{kind}"]["put"]["parameters"]["path"]["kind"]> = ["referral_received", "referral_outcome", "urgent_risk", "anonymous_notice", "deadline_approaching", "deadline_breached", "service_request", "disclosure_stopped", "follow_up_due", "hearing", "daily_digest", "security_alert"];
export const pathsApiV1AgencySubscriptionsKindDeleteParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/agency/subscriptions/{kind}"]["delete"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1AgencySubscriptionsKindDeleteParametersPathKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/agency/subscriptions/{kind}"]["delete"]["parameters"]["path"]["kind"]> = ["referral_received", "referral_outcome", "urgent_risk", "anonymous_notice", "deadline_approaching", "deadline_breached", "service_request", "disclosure_stopped", "follow_up_due", "hearing", "daily_digest", "security_alert"];
export const pathsApiV1AgencyPreferencesGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/agency/preferences"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1AgencyPreferencesPutParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/agency/preferences"]["put"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1AgencyDeliveriesGetParametersQueryChannelValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/agency/deliveries"]["get"]["parameters"]["query"]["channel"]> = ["webhook", "email"];
export const pathsApiV1AgencyDeliveriesGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/agency/deliveries"]["get"]["parameters"]["query"]["status"]> = ["pending", "delivered", "dead_lettered"];
export const pathsApiV1AgencyDeliveriesGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/agency/deliveries"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionCasesGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/cases"]["get"]["parameters"]["query"]["status"]> = ["open", "closure_requested", "closed"];
export const pathsApiV1ProtectionCasesGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/cases"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionCasesCaseIdGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/cases/{caseId}"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionCasesCaseIdNeedsAssessmentsPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/cases/{caseId}/needs-assessments"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionCasesCaseIdServiceReferralsPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/cases/{caseId}/service-referrals"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionCasesCaseIdPlacementsPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/cases/{caseId}/placements"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionCasesCaseIdLeadAgencyPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/cases/{caseId}/lead-agency"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionCasesCaseIdClosurePostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/cases/{caseId}/closure"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionCasesCaseIdClosureReviewPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/cases/{caseId}/closure/review"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionCasesCaseIdResidenceStatusPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/cases/{caseId}/residence-status"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionCasesCaseIdReturnPlanPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/cases/{caseId}/return-plan"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionCasesCaseIdReturnPlanCompletionPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/cases/{caseId}/return-plan/completion"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionCasesCaseIdReturnPlanCancellationPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/cases/{caseId}/return-plan/cancellation"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionCasesCaseIdFollowUpsFollowUpIdPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/cases/{caseId}/follow-ups/{followUpId}"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionCasesCaseIdCourtTasksTaskIdDonePostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/cases/{caseId}/court-tasks/{taskId}/done"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionServiceReferralsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/service-referrals"]["get"]["parameters"]["query"]["status"]> = ["pending", "accepted", "declined", "completed"];
export const pathsApiV1ProtectionServiceReferralsGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/service-referrals"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionServiceReferralsIdAcceptPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/service-referrals/{id}/accept"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionServiceReferralsIdDeclinePostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/service-referrals/{id}/decline"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionServiceReferralsIdCompletePostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/service-referrals/{id}/complete"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionSheltersGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/shelters"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionPlacementsIdCheckInPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/placements/{id}/check-in"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionPlacementsIdCheckOutPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/placements/{id}/check-out"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProtectionPlacementsIdTransferPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/protection/placements/{id}/transfer"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionInvestigationsGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/investigations"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionInvestigationsPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/investigations"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionInvestigationsIdGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/investigations/{id}"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionInvestigationsIdAgenciesPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/investigations/{id}/agencies"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionInvestigationsIdCasesPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/investigations/{id}/cases"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionInvestigationsIdClosurePostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/investigations/{id}/closure"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionInvestigationsIdSuspectsPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/investigations/{id}/suspects"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionInvestigationsIdChargesPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/investigations/{id}/charges"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionInvestigationsIdChargesChargeIdPatchParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/investigations/{id}/charges/{chargeId}"]["patch"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionInvestigationsIdHearingsPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/investigations/{id}/hearings"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionHearingsHearingIdPostponementPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/hearings/{hearingId}/postponement"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionHearingsHearingIdHeldPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/hearings/{hearingId}/held"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionHearingsHearingIdTestimoniesPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/hearings/{hearingId}/testimonies"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionInvestigationsIdVerdictsPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/investigations/{id}/verdicts"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionVerdictsVerdictIdAppealsPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/verdicts/{verdictId}/appeals"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionInvestigationsIdCompensationPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/investigations/{id}/compensation"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionCompensationCompensationIdPaymentPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/compensation/{compensationId}/payment"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionStatisticsGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/statistics"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ProsecutionLawsGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/prosecution/laws"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ExchangeRequestsPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/exchange/requests"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1CasesCaseIdExchangeMessagesGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/cases/{caseId}/exchange-messages"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1CasesCaseIdExchangeMessagesMessageIdGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/cases/{caseId}/exchange-messages/{messageId}"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1CasesCaseIdExchangeMessagesEvidenceGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/cases/{caseId}/exchange-messages/evidence"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ExchangePartnersGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/exchange/partners"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ExchangePartnersCountryPutParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/exchange/partners/{country}"]["put"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ExchangePartnersCountryAgreementPutParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/exchange/partners/{country}/agreement"]["put"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ExchangeStatisticsPublicationsPostParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/exchange/statistics/publications"]["post"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ExchangeStatisticsRegionalGetParametersQueryTableValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/exchange/statistics/regional"]["get"]["parameters"]["query"]["table"]> = ["referrals", "anonymous-notices", "case-stages", "prosecutions"];
export const pathsApiV1ExchangeStatisticsRegionalGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/exchange/statistics/regional"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1ExchangeQuarantineGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/exchange/quarantine"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1CasesCaseIdGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/cases/{caseId}"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1CasesCaseIdAccessLogGetParametersQueryForValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/cases/{caseId}/access-log"]["get"]["parameters"]["query"]["for"]> = ["supervisor", "representative"];
export const pathsApiV1CasesCaseIdAccessLogGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/cases/{caseId}/access-log"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1StatisticsDurationsGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/statistics/durations"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1StatisticsIndicatorPrevalenceGetParametersQueryListValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/statistics/indicator-prevalence"]["get"]["parameters"]["query"]["list"]> = ["adult-labour", "child-labour", "adult-sexual", "child-sexual"];
export const pathsApiV1StatisticsIndicatorPrevalenceGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/statistics/indicator-prevalence"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1StatisticsTableGetParametersQueryFormatValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/statistics/{table}"]["get"]["parameters"]["query"]["format"]> = ["json", "csv"];
export const pathsApiV1StatisticsTableGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/statistics/{table}"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1StatisticsTableGetParametersPathTableValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/statistics/{table}"]["get"]["parameters"]["path"]["table"]> = ["referrals", "anonymous-notices", "case-stages", "prosecutions"];
export const pathsApiV1StatisticsTableChartSvgGetParametersHeaderXAccessPurposeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/statistics/{table}/chart.svg"]["get"]["parameters"]["header"]["X-Access-Purpose"]> = ["referral", "identification", "protection", "investigation", "prosecution", "supervision", "statistics", "administration", "consent_or_rights_request", "erasure", "audit_review"];
export const pathsApiV1StatisticsTableChartSvgGetParametersPathTableValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/statistics/{table}/chart.svg"]["get"]["parameters"]["path"]["table"]> = ["referrals", "anonymous-notices", "case-stages", "prosecutions"];
export const identityDocumentDtoTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IdentityDocumentDto"]["type"]> = ["passport", "national_id", "civil_id", "residence_permit", "travel_document", "other"];
export const personDtoSexValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PersonDto"]["sex"]> = ["female", "male", "other", "unknown"];
export const attachmentDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AttachmentDto"]["kind"]> = ["photo", "document_scan", "audio", "medical_report", "other"];
export const referralConsentDtoDataSharingAgencyTypesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReferralConsentDto"]["dataSharingAgencyTypes"]> = ["police", "immigration", "labour_inspection", "health", "embassy", "ngo", "hotline", "shelter", "competent_authority", "prosecution", "court", "iom"];
export const referralConsentDtoLanguageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReferralConsentDto"]["language"]> = ["ar", "en"];
export const createReferralRequestChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateReferralRequest"]["channel"]> = ["police", "immigration", "labour_inspection", "health", "embassy", "ngo", "hotline", "shelter", "self_referral", "cross_border"];
export const createReferralRequestExploitationTypesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateReferralRequest"]["exploitationTypes"]> = ["sexual_exploitation", "forced_labour", "domestic_servitude", "forced_marriage", "forced_criminality", "forced_begging", "organ_removal", "child_soldiering", "other"];
export const createReferralRequestImmediateRisksValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateReferralRequest"]["immediateRisks"]> = ["danger_to_life", "medical_urgency", "flight_risk"];
export const createReferralRequestMeansOfControlValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateReferralRequest"]["meansOfControl"]> = ["debt_bondage", "takes_earnings", "restricts_financial_access", "threats", "psychological_abuse", "physical_abuse", "sexual_abuse", "false_promises", "psychoactive_substances", "restricts_movement", "restricts_medical_care", "excessive_working_hours", "uses_children", "threat_of_law_enforcement", "withholds_necessities", "withholds_documents", "other"];
export const createReferralRequestRecruitmentMethodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateReferralRequest"]["recruitmentMethod"]> = ["job_offer", "recruitment_agency", "intimate_partner", "family", "friend", "online", "abduction", "sold_by_family", "other", "unknown"];
export const referralStatusResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReferralStatusResponse"]["status"]> = ["received", "withdrawn"];
export const referralStatusResponseChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReferralStatusResponse"]["channel"]> = ["police", "immigration", "labour_inspection", "health", "embassy", "ngo", "hotline", "shelter", "self_referral", "cross_border"];
export const referralStatusResponseImmediateRisksValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReferralStatusResponse"]["immediateRisks"]> = ["danger_to_life", "medical_urgency", "flight_risk"];
export const referralStatusResponseDuplicateStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReferralStatusResponse"]["duplicateStatus"]> = ["none", "suspected", "confirmed"];
export const anonymousNoticeRequestChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AnonymousNoticeRequest"]["channel"]> = ["police", "immigration", "labour_inspection", "health", "embassy", "ngo", "hotline", "shelter", "self_referral", "cross_border"];
export const anonymousNoticeRequestSexValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AnonymousNoticeRequest"]["sex"]> = ["female", "male", "other", "unknown"];
export const anonymousNoticeRequestExploitationTypesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AnonymousNoticeRequest"]["exploitationTypes"]> = ["sexual_exploitation", "forced_labour", "domestic_servitude", "forced_marriage", "forced_criminality", "forced_begging", "organ_removal", "child_soldiering", "other"];
export const matchEvidenceResponseComparisonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MatchEvidenceResponse"]["comparison"]> = ["document", "names", "nameTypos", "nameVowels", "latinVowels", "nameRarity", "birth", "nationality", "sex"];
export const duplicateLinkResponseMatchedOnValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DuplicateLinkResponse"]["matchedOn"]> = ["document", "name", "birth_date", "birth_year", "nationality"];
export const duplicateLinkResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DuplicateLinkResponse"]["status"]> = ["suspected", "confirmed", "rejected"];
export const duplicateDecisionRequestDecisionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DuplicateDecisionRequest"]["decision"]> = ["confirmed", "rejected"];
export const amendReferralRequestExploitationTypesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AmendReferralRequest"]["exploitationTypes"]> = ["sexual_exploitation", "forced_labour", "domestic_servitude", "forced_marriage", "forced_criminality", "forced_begging", "organ_removal", "child_soldiering", "other"];
export const amendReferralRequestImmediateRisksValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AmendReferralRequest"]["immediateRisks"]> = ["danger_to_life", "medical_urgency", "flight_risk"];
export const amendReferralRequestMeansOfControlValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AmendReferralRequest"]["meansOfControl"]> = ["debt_bondage", "takes_earnings", "restricts_financial_access", "threats", "psychological_abuse", "physical_abuse", "sexual_abuse", "false_promises", "psychoactive_substances", "restricts_movement", "restricts_medical_care", "excessive_working_hours", "uses_children", "threat_of_law_enforcement", "withholds_necessities", "withholds_documents", "other"];
export const amendReferralRequestRecruitmentMethodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AmendReferralRequest"]["recruitmentMethod"]> = ["job_offer", "recruitment_agency", "intimate_partner", "family", "friend", "online", "abduction", "sold_by_family", "other", "unknown"];
export const referralVersionResponseChangedSectionsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReferralVersionResponse"]["changedSections"]> = ["encounter", "person", "exploitationTypes", "immediateRisks", "meansOfControl", "recruitmentMethod", "interpreter", "account", "attachments"];
export const personalDataResponseViewValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PersonalDataResponse"]["view"]> = ["full", "care", "investigation"];
export const erasePersonalDataRequestLegalBasisValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErasePersonalDataRequest"]["legalBasis"]> = ["unfounded_referral", "consent_withdrawn", "retention_period_ended", "court_order"];
export const personalDataErasureResponseLegalBasisValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PersonalDataErasureResponse"]["legalBasis"]> = ["unfounded_referral", "consent_withdrawn", "retention_period_ended", "court_order"];
export const consentInForceResponsePurposeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentInForceResponse"]["purpose"]> = ["referral_and_services", "data_sharing", "statistics"];
export const consentInForceResponseSharingAgencyTypesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentInForceResponse"]["sharingAgencyTypes"]> = ["police", "immigration", "labour_inspection", "health", "embassy", "ngo", "hotline", "shelter", "competent_authority", "prosecution", "court", "iom"];
export const consentChangeRequestPurposeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentChangeRequest"]["purpose"]> = ["referral_and_services", "data_sharing", "statistics"];
export const consentChangeRequestSharingAgencyTypesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentChangeRequest"]["sharingAgencyTypes"]> = ["police", "immigration", "labour_inspection", "health", "embassy", "ngo", "hotline", "shelter", "competent_authority", "prosecution", "court", "iom"];
export const consentChangeRequestLanguageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentChangeRequest"]["language"]> = ["ar", "en"];
export const queuedScreeningStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["QueuedScreening"]["status"]> = ["open", "not_presumed", "in_recovery", "awaiting_final", "final_negative_pending_approval", "confirmed", "not_confirmed", "reconsidering_preliminary", "reconsidering_final", "closed"];
export const latestIndicatorAssessmentStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["LatestIndicatorAssessment"]["status"]> = ["in_progress", "completed"];
export const latestIndicatorAssessmentOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["LatestIndicatorAssessment"]["outcome"]> = ["indicated", "labour-rights-case", "not-indicated"];
export const screeningDecisionOutcomeStageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ScreeningDecisionOutcome"]["stage"]> = ["preliminary", "final"];
export const screeningDecisionOutcomeOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ScreeningDecisionOutcome"]["outcome"]> = ["positive", "negative"];
export const screeningDeadlineKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ScreeningDeadline"]["kind"]> = ["preliminary_decision", "reconsideration", "recovery_period_end"];
export const screeningDeadlineStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ScreeningDeadline"]["status"]> = ["pending", "met", "cancelled", "done"];
export const screeningResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ScreeningResponse"]["status"]> = ["open", "not_presumed", "in_recovery", "awaiting_final", "final_negative_pending_approval", "confirmed", "not_confirmed", "reconsidering_preliminary", "reconsidering_final", "closed"];
export const decisionRequestOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DecisionRequest"]["outcome"]> = ["positive", "negative"];
export const screeningStatusResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ScreeningStatusResponse"]["status"]> = ["open", "not_presumed", "in_recovery", "awaiting_final", "final_negative_pending_approval", "confirmed", "not_confirmed", "reconsidering_preliminary", "reconsidering_final", "closed"];
export const recoveryExtensionRequestReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecoveryExtensionRequest"]["reason"]> = ["health", "mental_health", "intimidation", "other"];
export const palermoTestResponseMissingValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PalermoTestResponse"]["missing"]> = ["act", "means", "purpose"];
export const indicatorAssessmentSummaryResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorAssessmentSummaryResponse"]["status"]> = ["in_progress", "completed"];
export const indicatorAssessmentSummaryResponseOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorAssessmentSummaryResponse"]["outcome"]> = ["indicated", "labour-rights-case", "not-indicated"];
export const indicatorDimensionResultDimensionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorDimensionResult"]["dimension"]> = ["D1", "D2", "D3", "D4", "D5", "D6"];
export const indicatorListResultListValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorListResult"]["list"]> = ["adult-labour", "child-labour", "adult-sexual", "child-sexual"];
export const indicatorListResultOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorListResult"]["outcome"]> = ["indicated", "labour-rights-case", "not-indicated"];
export const indicatorAdviceProvenanceRuleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorAdviceProvenance"]["rule"]> = ["two-sources", "single-source", "conflict", "set-by-authority", "not-established"];
export const indicatorAdviceOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorAdvice"]["outcome"]> = ["indicated", "labour-rights-case", "not-indicated"];
export const indicatorAdviceOutcomeWithAlternativeGradesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorAdvice"]["outcomeWithAlternativeGrades"]> = ["indicated", "labour-rights-case", "not-indicated"];
export const indicatorGradeAlternativeGradeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorGradeAlternative"]["grade"]> = ["strong", "medium", "weak"];
export const indicatorProvenanceConfidenceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorProvenance"]["confidence"]> = ["two-sources", "single-source", "conflict", "set-by-authority", "not-established"];
export const indicatorDefinitionDimensionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorDefinition"]["dimension"]> = ["D1", "D2", "D3", "D4", "D5", "D6"];
export const indicatorListDefinitionIdValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorListDefinition"]["id"]> = ["adult-labour", "child-labour", "adult-sexual", "child-sexual"];
export const indicatorListDefinitionAgeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorListDefinition"]["age"]> = ["adult", "child"];
export const indicatorListDefinitionExploitationValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorListDefinition"]["exploitation"]> = ["labour", "sexual"];
export const indicatorAnswerRecordAnswerValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorAnswerRecord"]["answer"]> = ["present", "absent", "unknown"];
export const indicatorAssessmentResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorAssessmentResponse"]["status"]> = ["in_progress", "completed"];
export const indicatorAssessmentResponseOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorAssessmentResponse"]["outcome"]> = ["indicated", "labour-rights-case", "not-indicated"];
export const indicatorAnswerDtoAnswerValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorAnswerDto"]["answer"]> = ["present", "absent", "unknown"];
export const indicatorAnswerDtoEvidenceSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorAnswerDto"]["evidenceSource"]> = ["interview", "document", "third_party"];
export const indicatorCatalogueSummaryResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorCatalogueSummaryResponse"]["status"]> = ["proposed", "active", "retired"];
export const indicatorDimensionIdValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorDimension"]["id"]> = ["D1", "D2", "D3", "D4", "D5", "D6"];
export const indicatorDimensionPalermoElementValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorDimension"]["palermoElement"]> = ["means", "purpose"];
export const indicatorGradeCountGradesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorGradeCount"]["grades"]> = ["strong", "medium", "weak"];
export const indicatorOutcomeClauseOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorOutcomeClause"]["outcome"]> = ["indicated", "labour-rights-case"];
export const indicatorOutcomeClauseWhenPositiveValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorOutcomeClause"]["whenPositive"]> = ["D1", "D2", "D3", "D4", "D5", "D6"];
export const indicatorCatalogueResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorCatalogueResponse"]["status"]> = ["proposed", "active", "retired"];
export const indicatorAddedListValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorAdded"]["list"]> = ["adult-labour", "child-labour", "adult-sexual", "child-sexual"];
export const indicatorRemovedListValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorRemoved"]["list"]> = ["adult-labour", "child-labour", "adult-sexual", "child-sexual"];
export const indicatorFieldChangeFieldValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorFieldChange"]["field"]> = ["dimension", "grade", "confidence", "label", "guidance"];
export const indicatorChangedListValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorChanged"]["list"]> = ["adult-labour", "child-labour", "adult-sexual", "child-sexual"];
export const indicatorCatalogueDifferencesResponseListsAddedValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorCatalogueDifferencesResponse"]["listsAdded"]> = ["adult-labour", "child-labour", "adult-sexual", "child-sexual"];
export const indicatorCatalogueDifferencesResponseListsRemovedValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorCatalogueDifferencesResponse"]["listsRemoved"]> = ["adult-labour", "child-labour", "adult-sexual", "child-sexual"];
export const inboxItemResponseLanguageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InboxItemResponse"]["language"]> = ["ar", "en"];
export const subscriptionResponseKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SubscriptionResponse"]["kind"]> = ["referral_received", "referral_outcome", "urgent_risk", "anonymous_notice", "deadline_approaching", "deadline_breached", "service_request", "disclosure_stopped", "follow_up_due", "hearing", "daily_digest", "security_alert"];
export const subscriptionResponseRolesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SubscriptionResponse"]["roles"]> = ["first_responder", "identification_officer", "supervisor", "protection_case_worker", "service_provider", "investigator", "prosecutor", "analyst", "administrator"];
export const subscriptionResponseChannelsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SubscriptionResponse"]["channels"]> = ["webhook", "email"];
export const subscriptionRequestRolesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SubscriptionRequest"]["roles"]> = ["first_responder", "identification_officer", "supervisor", "protection_case_worker", "service_provider", "investigator", "prosecutor", "analyst", "administrator"];
export const subscriptionRequestChannelsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SubscriptionRequest"]["channels"]> = ["webhook", "email"];
export const agencyPreferencesResponseLanguageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgencyPreferencesResponse"]["language"]> = ["ar", "en"];
export const agencyPreferencesResponseCalendarValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgencyPreferencesResponse"]["calendar"]> = ["gregory", "islamic-umalqura"];
export const agencyPreferencesRequestLanguageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgencyPreferencesRequest"]["language"]> = ["ar", "en"];
export const agencyPreferencesRequestCalendarValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgencyPreferencesRequest"]["calendar"]> = ["gregory", "islamic-umalqura"];
export const deliveryAttemptResponseOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DeliveryAttemptResponse"]["outcome"]> = ["delivered", "failed"];
export const deliveryResponseChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DeliveryResponse"]["channel"]> = ["webhook", "email"];
export const deliveryResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DeliveryResponse"]["status"]> = ["pending", "delivered", "dead_lettered"];
export const protectionCaseSummaryResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProtectionCaseSummaryResponse"]["status"]> = ["open", "closure_requested", "closed"];
export const caseClosureResponseReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseClosureResponse"]["reason"]> = ["recovered_and_reintegrated", "returned_to_country_of_origin", "not_a_victim", "declined_further_support", "lost_contact", "transferred_to_other_jurisdiction", "deceased", "other"];
export const caseNeedResponseNeedTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseNeedResponse"]["needType"]> = ["shelter", "medical", "psychosocial", "legal_aid", "interpretation", "education", "livelihood", "family_tracing", "documents"];
export const caseNeedResponsePriorityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseNeedResponse"]["priority"]> = ["urgent", "high", "normal"];
export const caseNeedResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseNeedResponse"]["status"]> = ["open", "met", "withdrawn"];
export const caseServiceReferralResponseNeedTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseServiceReferralResponse"]["needType"]> = ["shelter", "medical", "psychosocial", "legal_aid", "interpretation", "education", "livelihood", "family_tracing", "documents"];
export const caseServiceReferralResponsePriorityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseServiceReferralResponse"]["priority"]> = ["urgent", "high", "normal"];
export const caseServiceReferralResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseServiceReferralResponse"]["status"]> = ["pending", "accepted", "declined", "completed", "stopped"];
export const caseServiceReferralResponseDisclosureBasisValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseServiceReferralResponse"]["disclosureBasis"]> = ["consent", "child", "supervisor_override"];
export const casePlacementResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CasePlacementResponse"]["status"]> = ["queued", "placed", "checked_in", "checked_out", "cancelled", "transferred"];
export const caseResidenceStatusResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseResidenceStatusResponse"]["status"]> = ["temporary_permit", "stay_of_removal", "residence_regularised", "irregular"];
export const caseReturnPlanResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseReturnPlanResponse"]["status"]> = ["planned", "completed", "cancelled"];
export const caseReturnPlanResponseRiskLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseReturnPlanResponse"]["riskLevel"]> = ["low", "medium", "high"];
export const caseFollowUpResponseKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseFollowUpResponse"]["kind"]> = ["residence_expiry", "return_follow_up"];
export const caseCourtTaskResponseTaskTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseCourtTaskResponse"]["taskType"]> = ["interpreter", "legal_aid", "transport", "risk_review"];
export const caseCourtTaskResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseCourtTaskResponse"]["status"]> = ["open", "done"];
export const protectionCaseResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProtectionCaseResponse"]["status"]> = ["open", "closure_requested", "closed"];
export const protectionCaseResponseDataSharingAgencyTypesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProtectionCaseResponse"]["dataSharingAgencyTypes"]> = ["police", "immigration", "labour_inspection", "health", "embassy", "ngo", "hotline", "shelter", "competent_authority", "prosecution", "court", "iom"];
export const needDtoNeedTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NeedDto"]["needType"]> = ["shelter", "medical", "psychosocial", "legal_aid", "interpretation", "education", "livelihood", "family_tracing", "documents"];
export const needDtoPriorityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NeedDto"]["priority"]> = ["urgent", "high", "normal"];
export const plannedNeedResponseNeedTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PlannedNeedResponse"]["needType"]> = ["shelter", "medical", "psychosocial", "legal_aid", "interpretation", "education", "livelihood", "family_tracing", "documents"];
export const plannedNeedResponsePriorityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PlannedNeedResponse"]["priority"]> = ["urgent", "high", "normal"];
export const serviceReferralRequestNeedTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServiceReferralRequest"]["needType"]> = ["shelter", "medical", "psychosocial", "legal_aid", "interpretation", "education", "livelihood", "family_tracing", "documents"];
export const serviceReferralMadeResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServiceReferralMadeResponse"]["status"]> = ["pending"];
export const serviceReferralMadeResponseDisclosureBasisValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServiceReferralMadeResponse"]["disclosureBasis"]> = ["consent", "child", "supervisor_override"];
export const placementResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PlacementResponse"]["status"]> = ["queued", "placed", "checked_in", "checked_out", "cancelled", "transferred"];
export const closureRequestReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ClosureRequest"]["reason"]> = ["recovered_and_reintegrated", "returned_to_country_of_origin", "not_a_victim", "declined_further_support", "lost_contact", "transferred_to_other_jurisdiction", "deceased", "other"];
export const protectionCaseStatusResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProtectionCaseStatusResponse"]["status"]> = ["open", "closure_requested", "closed"];
export const residenceStatusRequestStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ResidenceStatusRequest"]["status"]> = ["temporary_permit", "stay_of_removal", "residence_regularised", "irregular"];
export const residenceStatusRecordedResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ResidenceStatusRecordedResponse"]["status"]> = ["temporary_permit", "stay_of_removal", "residence_regularised", "irregular"];
export const returnPlanRequestRiskLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReturnPlanRequest"]["riskLevel"]> = ["low", "medium", "high"];
export const returnPlannedResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReturnPlannedResponse"]["status"]> = ["planned"];
export const returnCompletedResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReturnCompletedResponse"]["status"]> = ["completed"];
export const returnCancelledResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReturnCancelledResponse"]["status"]> = ["cancelled"];
export const followUpOutcomeRequestOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FollowUpOutcomeRequest"]["outcome"]> = ["reached", "not_reached", "renewed", "not_renewed"];
export const followUpRecordedResponseOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FollowUpRecordedResponse"]["outcome"]> = ["reached", "not_reached", "renewed", "not_renewed"];
export const courtTaskDoneResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CourtTaskDoneResponse"]["status"]> = ["done"];
export const providerReferralResponseNeedTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProviderReferralResponse"]["needType"]> = ["shelter", "medical", "psychosocial", "legal_aid", "interpretation", "education", "livelihood", "family_tracing", "documents"];
export const providerReferralResponsePriorityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProviderReferralResponse"]["priority"]> = ["urgent", "high", "normal"];
export const providerReferralResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProviderReferralResponse"]["status"]> = ["pending", "accepted", "declined", "completed"];
export const serviceReferralStatusResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServiceReferralStatusResponse"]["status"]> = ["pending", "accepted", "declined", "completed", "stopped"];
export const serviceDeclineRequestReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServiceDeclineRequest"]["reason"]> = ["no_capacity", "service_not_available", "language_not_available", "not_eligible", "person_declined", "other"];
export const investigationSummaryResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvestigationSummaryResponse"]["status"]> = ["open", "closed"];
export const investigationOpenedResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvestigationOpenedResponse"]["status"]> = ["open"];
export const investigationSuspectResponseKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvestigationSuspectResponse"]["kind"]> = ["person", "legal_person"];
export const investigationSuspectResponseRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvestigationSuspectResponse"]["role"]> = ["recruiter", "transporter", "broker", "harbourer", "exploiter", "other"];
export const hearingTestimonyResponseMeasuresValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HearingTestimonyResponse"]["measures"]> = ["interpreter", "legal_aid", "transport", "video_link", "closed_session", "risk_review"];
export const investigationHearingResponseHearingTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvestigationHearingResponse"]["hearingType"]> = ["first_instance", "appeal", "cassation", "detention_review", "other"];
export const investigationHearingResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvestigationHearingResponse"]["status"]> = ["scheduled", "held", "postponed"];
export const investigationVerdictResponseOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvestigationVerdictResponse"]["outcome"]> = ["convicted", "acquitted", "dismissed"];
export const investigationVerdictResponseCourtLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvestigationVerdictResponse"]["courtLevel"]> = ["first_instance", "appeal", "cassation", "detention_review", "other"];
export const investigationVerdictResponseAppealsByValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvestigationVerdictResponse"]["appealsBy"]> = ["prosecution", "defence"];
export const investigationResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvestigationResponse"]["status"]> = ["open", "closed"];
export const closeInvestigationRequestReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CloseInvestigationRequest"]["reason"]> = ["referred_to_court", "insufficient_evidence", "suspects_not_found", "merged", "other"];
export const investigationClosedResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvestigationClosedResponse"]["status"]> = ["closed"];
export const suspectRequestKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SuspectRequest"]["kind"]> = ["person", "legal_person"];
export const suspectRequestRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SuspectRequest"]["role"]> = ["recruiter", "transporter", "broker", "harbourer", "exploiter", "other"];
export const suspectAddedResponseKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SuspectAddedResponse"]["kind"]> = ["person", "legal_person"];
export const suspectAddedResponseRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SuspectAddedResponse"]["role"]> = ["recruiter", "transporter", "broker", "harbourer", "exploiter", "other"];
export const hearingRequestHearingTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HearingRequest"]["hearingType"]> = ["first_instance", "appeal", "cassation", "detention_review", "other"];
export const hearingStatusResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HearingStatusResponse"]["status"]> = ["scheduled", "held"];
export const hearingPostponedResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HearingPostponedResponse"]["status"]> = ["scheduled"];
export const testimonyRequestMeasuresValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TestimonyRequest"]["measures"]> = ["interpreter", "legal_aid", "transport", "video_link", "closed_session", "risk_review"];
export const testimonyArrangedResponseMeasuresValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TestimonyArrangedResponse"]["measures"]> = ["interpreter", "legal_aid", "transport", "video_link", "closed_session", "risk_review"];
export const verdictRequestOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VerdictRequest"]["outcome"]> = ["convicted", "acquitted", "dismissed"];
export const verdictRequestCourtLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VerdictRequest"]["courtLevel"]> = ["first_instance", "appeal", "cassation", "detention_review", "other"];
export const verdictRecordedResponseOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VerdictRecordedResponse"]["outcome"]> = ["convicted", "acquitted", "dismissed"];
export const appealRequestFiledByValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AppealRequest"]["filedBy"]> = ["prosecution", "defence"];
export const exchangeRequestTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExchangeRequest"]["type"]> = ["transfer_referral", "information_request", "return_coordination", "prosecution_cooperation", "status_follow_up", "cease_processing", "regional_statistics"];
export const exchangeRequestPurposeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExchangeRequest"]["purpose"]> = ["identification", "assistance", "return_and_social_inclusion", "proceedings", "statistics"];
export const exchangeRequestExploitationTypesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExchangeRequest"]["exploitationTypes"]> = ["sexual_exploitation", "forced_labour", "domestic_servitude", "forced_marriage", "forced_criminality", "forced_begging", "organ_removal", "child_soldiering", "other"];
export const exchangeRequestAcceptedStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExchangeRequestAccepted"]["status"]> = ["queued"];
export const exchangeMessageResponseDirectionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExchangeMessageResponse"]["direction"]> = ["outgoing", "incoming"];
export const exchangeMessageResponseTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExchangeMessageResponse"]["type"]> = ["transfer_referral", "information_request", "return_coordination", "prosecution_cooperation", "status_follow_up", "cease_processing", "regional_statistics"];
export const exchangeMessageResponsePurposeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExchangeMessageResponse"]["purpose"]> = ["identification", "assistance", "return_and_social_inclusion", "proceedings", "statistics"];
export const exchangeMessageResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExchangeMessageResponse"]["status"]> = ["queued", "delivered", "refused", "accepted", "forwarded"];
export const exchangeMessageResponseRefusalReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExchangeMessageResponse"]["refusalReason"]> = ["unknown_partner", "revoked_partner", "undecryptable", "bad_signature", "unknown_key", "malformed", "replayed", "outside_time_window", "no_agreement", "beyond_agreement", "not_addressed_here", "unprocessable"];
export const exchangeMessageContentResponseDirectionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExchangeMessageContentResponse"]["direction"]> = ["outgoing", "incoming"];
export const exchangeMessageContentResponseTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExchangeMessageContentResponse"]["type"]> = ["transfer_referral", "information_request", "return_coordination", "prosecution_cooperation", "status_follow_up", "cease_processing", "regional_statistics"];
export const exchangeMessageContentResponsePurposeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExchangeMessageContentResponse"]["purpose"]> = ["identification", "assistance", "return_and_social_inclusion", "proceedings", "statistics"];
export const evidenceMessageDirectionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EvidenceMessage"]["direction"]> = ["outgoing", "incoming"];
export const evidenceMessageTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EvidenceMessage"]["type"]> = ["transfer_referral", "information_request", "return_coordination", "prosecution_cooperation", "status_follow_up", "cease_processing", "regional_statistics"];
export const evidenceMessagePurposeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EvidenceMessage"]["purpose"]> = ["identification", "assistance", "return_and_social_inclusion", "proceedings", "statistics"];
export const partnerResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PartnerResponse"]["status"]> = ["active", "revoked"];
export const partnerRequestStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PartnerRequest"]["status"]> = ["active", "revoked"];
export const agreementRequestMessageTypesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgreementRequest"]["messageTypes"]> = ["transfer_referral", "information_request", "return_coordination", "prosecution_cooperation", "status_follow_up", "cease_processing", "regional_statistics"];
export const agreementRequestPurposesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgreementRequest"]["purposes"]> = ["identification", "assistance", "return_and_social_inclusion", "proceedings", "statistics"];
export const agreementRequestFieldsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgreementRequest"]["fields"]> = ["person", "person.names", "person.aliases", "person.dateOfBirth", "person.estimatedAge", "person.sex", "person.nationalities", "person.languages", "person.interpreter", "person.documents", "person.contact", "handledAsChild", "exploitationTypes", "immediateRisks", "note", "decision"];
export const agreementResponseMessageTypesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgreementResponse"]["messageTypes"]> = ["transfer_referral", "information_request", "return_coordination", "prosecution_cooperation", "status_follow_up", "cease_processing", "regional_statistics"];
export const agreementResponsePurposesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgreementResponse"]["purposes"]> = ["identification", "assistance", "return_and_social_inclusion", "proceedings", "statistics"];
export const statisticsPublicationRequestTableValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["StatisticsPublicationRequest"]["table"]> = ["referrals", "anonymous-notices", "case-stages", "prosecutions"];
export const statisticsPublicationResponseTableValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["StatisticsPublicationResponse"]["table"]> = ["referrals", "anonymous-notices", "case-stages", "prosecutions"];
export const regionalStatisticsResponseTableValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RegionalStatisticsResponse"]["table"]> = ["referrals", "anonymous-notices", "case-stages", "prosecutions"];
export const quarantinedMessageResponseReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["QuarantinedMessageResponse"]["reason"]> = ["unknown_partner", "revoked_partner", "undecryptable", "bad_signature", "unknown_key", "malformed", "replayed", "outside_time_window", "no_agreement", "beyond_agreement", "not_addressed_here", "unprocessable"];
export const caseHearingResponseHearingTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseHearingResponse"]["hearingType"]> = ["first_instance", "appeal", "cassation", "detention_review", "other"];
export const caseHearingResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseHearingResponse"]["status"]> = ["scheduled", "held", "postponed"];
export const caseInvestigationResponseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseInvestigationResponse"]["status"]> = ["open", "closed"];
export const caseViewResponseStagesReachedValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseViewResponse"]["stagesReached"]> = ["referral", "screening", "protection", "prosecution", "notification"];
export const caseAccessEntryResponseServiceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseAccessEntryResponse"]["service"]> = ["intake", "identification", "protection", "prosecution-tracking", "notifications", "exchange"];
export const caseAccessEntryResponseRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseAccessEntryResponse"]["role"]> = ["first_responder", "identification_officer", "supervisor", "protection_case_worker", "service_provider", "investigator", "prosecutor", "analyst", "administrator"];
export const caseAccessEntryResponseActionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseAccessEntryResponse"]["action"]> = ["read", "write", "denied"];
export const stageDurationResponseStageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["StageDurationResponse"]["stage"]> = ["referral_withdrawn", "screening_opened", "indicators_assessed", "preliminary_decision", "recovery_period_started", "final_decision", "reconsideration_decided", "protection_opened", "service_referred", "service_delivered", "shelter_placed", "return_completed", "protection_closed", "investigation_linked", "victim_testimony_arranged"];
export const durationStatisticsResponseUnitValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DurationStatisticsResponse"]["unit"]> = ["days from referral"];
export const prevalenceOutcomeResponseOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PrevalenceOutcomeResponse"]["outcome"]> = ["indicated", "labour-rights-case", "not-indicated"];
export const prevalenceListResponseListValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PrevalenceListResponse"]["list"]> = ["adult-labour", "child-labour", "adult-sexual", "child-sexual"];
export const prevalenceDimensionResponseListValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PrevalenceDimensionResponse"]["list"]> = ["adult-labour", "child-labour", "adult-sexual", "child-sexual"];
export const prevalenceDimensionResponseDimensionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PrevalenceDimensionResponse"]["dimension"]> = ["D1", "D2", "D3", "D4", "D5", "D6"];
export const prevalenceIndicatorResponseListValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PrevalenceIndicatorResponse"]["list"]> = ["adult-labour", "child-labour", "adult-sexual", "child-sexual"];
export const prevalenceIndicatorResponseDimensionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PrevalenceIndicatorResponse"]["dimension"]> = ["D1", "D2", "D3", "D4", "D5", "D6"];
export const indicatorPrevalenceResponseStatisticValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IndicatorPrevalenceResponse"]["statistic"]> = ["indicator-prevalence"];
export const statisticsTableResponseTableValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["StatisticsTableResponse"]["table"]> = ["referrals", "anonymous-notices", "case-stages", "prosecutions"];
