import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {
  casePlacementResponseStatusValues,
  caseReturnPlanResponseStatusValues,
  caseServiceReferralResponseStatusValues,
  needDtoNeedTypeValues,
  needDtoPriorityValues,
  protectionCaseSummaryResponseStatusValues,
  residenceStatusRequestStatusValues,
  returnPlanRequestRiskLevelValues,
  serviceDeclineRequestReasonValues,
  caseAccessEntryResponseActionValues,
  consentChangeRequestPurposeValues,
  caseAccessEntryResponseRoleValues,
  createReferralRequestChannelValues,
  createReferralRequestExploitationTypesValues,
  createReferralRequestImmediateRisksValues,
  createReferralRequestMeansOfControlValues,
  createReferralRequestRecruitmentMethodValues,
  duplicateLinkResponseMatchedOnValues,
  hearingRequestHearingTypeValues,
  indicatorAnswerDtoAnswerValues,
  indicatorAnswerDtoEvidenceSourceValues,
  indicatorDimensionResultDimensionValues,
  indicatorListResultListValues,
  latestIndicatorAssessmentOutcomeValues,
  recoveryExtensionRequestReasonValues,
  screeningDeadlineKindValues,
  screeningDeadlineStatusValues,
  screeningDecisionOutcomeStageValues,
  screeningResponseStatusValues,
  investigationHearingResponseStatusValues,
  investigationSummaryResponseStatusValues,
  suspectRequestRoleValues,
  verdictRequestOutcomeValues,
  matchEvidenceResponseComparisonValues,
  pathsApiV1InboxGetParametersHeaderXAccessPurposeValues,
  personDtoSexValues,
  referralConsentDtoDataSharingAgencyTypesValues,
  referralConsentDtoLanguageValues,
  referralStatusResponseStatusValues,
} from '@nrm/api-client';
import ar from './ar.json';
import en from './en.json';

const SOURCE = path.join(__dirname, '..');

/** Every key of a message tree, dotted: `referral.fields.channel`. */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

const arabic = new Set(keysOf(ar));
const english = new Set(keysOf(en));

/** The code lists the console names, each with its messages (`<prefix>.<code>`), from the API's document. */
const Vocabularies: Record<string, readonly string[]> = {
  'vocab.channel': createReferralRequestChannelValues,
  'vocab.sex': personDtoSexValues,
  'vocab.exploitationType': createReferralRequestExploitationTypesValues,
  'vocab.immediateRisk': createReferralRequestImmediateRisksValues,
  'vocab.meansOfControl': createReferralRequestMeansOfControlValues,
  'vocab.recruitmentMethod': createReferralRequestRecruitmentMethodValues,
  'vocab.agencyType': referralConsentDtoDataSharingAgencyTypesValues,
  'vocab.consentLanguage': referralConsentDtoLanguageValues,
  'vocab.referralStatus': referralStatusResponseStatusValues,
  'vocab.role': caseAccessEntryResponseRoleValues,
  'vocab.matchedIdentifier': duplicateLinkResponseMatchedOnValues,
  'vocab.matchComparison': matchEvidenceResponseComparisonValues,
  'vocab.accessPurpose': pathsApiV1InboxGetParametersHeaderXAccessPurposeValues,
  'accessLog.actions': caseAccessEntryResponseActionValues,
  'vocab.investigationStatus': investigationSummaryResponseStatusValues,
  'vocab.suspectRole': suspectRequestRoleValues,
  'vocab.hearingType': hearingRequestHearingTypeValues,
  'vocab.hearingStatus': investigationHearingResponseStatusValues,
  'vocab.verdictOutcome': verdictRequestOutcomeValues,
  'vocab.screeningStatus': screeningResponseStatusValues,
  'vocab.deadlineKind': screeningDeadlineKindValues,
  'vocab.deadlineStatus': screeningDeadlineStatusValues,
  'vocab.decisionStage': screeningDecisionOutcomeStageValues,
  'vocab.indicatorAnswer': indicatorAnswerDtoAnswerValues,
  'vocab.evidenceSource': indicatorAnswerDtoEvidenceSourceValues,
  'vocab.indicatorOutcome': latestIndicatorAssessmentOutcomeValues,
  'vocab.indicatorList': indicatorListResultListValues,
  'vocab.indicatorDimension': indicatorDimensionResultDimensionValues,
  'vocab.extensionReason': recoveryExtensionRequestReasonValues,
  'vocab.protectionCaseStatus': protectionCaseSummaryResponseStatusValues,
  'vocab.needType': needDtoNeedTypeValues,
  'vocab.needPriority': needDtoPriorityValues,
  'vocab.serviceReferralStatus': caseServiceReferralResponseStatusValues,
  'vocab.placementStatus': casePlacementResponseStatusValues,
  'vocab.residenceStatus': residenceStatusRequestStatusValues,
  'vocab.returnStatus': caseReturnPlanResponseStatusValues,
  'vocab.riskLevel': returnPlanRequestRiskLevelValues,
  'vocab.declineReason': serviceDeclineRequestReasonValues,
  'vocab.consentPurpose': consentChangeRequestPurposeValues,
};

describe("the console's messages", () => {
  it('has the same keys in Arabic and English', () => {
    expect([...arabic].filter((key) => !english.has(key))).toEqual([]);
    expect([...english].filter((key) => !arabic.has(key))).toEqual([]);
  });

  it('has a message for every key a component asks for', () => {
    const asked = sources(SOURCE).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.]+)'/g)].map(
        (m) => `${m[1]} (${path.relative(SOURCE, file)})`,
      ),
    );
    expect(asked.length).toBeGreaterThan(50);
    expect(asked.filter((entry) => !arabic.has(entry.split(' ')[0]!))).toEqual([]);
  });

  it('names every code the API may answer or accept, in both languages', () => {
    for (const [vocabulary, codes] of Object.entries(Vocabularies)) {
      const missing = codes.map((code) => `${vocabulary}.${code}`).filter((key) => !arabic.has(key));
      expect(missing).toEqual([]);
    }
  });

  it('writes no text in a component: every word comes from the messages', () => {
    const written = sources(SOURCE)
      .filter((file) => file.endsWith('.tsx'))
      .flatMap((file) => writtenText(file).map((text) => `${path.relative(SOURCE, file)}: ${text}`));
    expect(written).toEqual([]);
  });
});

const WORDS = /[A-Za-z\u0600-\u06FF]/;
const WORDED_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt']);

/** The words a component writes itself: JSX text, and labels given as string literals. */
function writtenText(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(node.text.trim());
    if (
      ts.isJsxAttribute(node) &&
      WORDED_ATTRIBUTES.has(node.name.getText(source)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      WORDS.test(node.initializer.text)
    ) {
      found.push(node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
