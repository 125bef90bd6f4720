import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { Routes } from '@nrm/api-contracts';
import type { OperationId } from '@nrm/api-contracts';
import * as contracts from '@nrm/contracts';
import { Roles } from '@nrm/contracts';

/**
 * The route table against the owning services' code: for each route, the roles the service's handler
 * admits today, read from its source, equal the table's. So replacing a service's `requireRole(...)`
 * with `permit(actor, Routes.x)` keeps what it does.
 *
 * A site is `file#method` (from the repository root; without `#method`, the whole file). Its gates
 * are `requireRole(actor, ...)` and the services' role helpers, `if (!X.includes(actor.role))` that
 * returns or throws, and the gates of `this.method(...)` in the same file; a gate inside
 * `if (actor.role !== 'r' ...)`, or after `if (actor.role === 'r') return`, lets role r past it.
 */
const ROOT = path.resolve(__dirname, '../../../..');
const I = 'apps/intake/src/';
const D = 'apps/identification/src/';
const N = 'apps/notifications/src/';
const P = 'apps/protection/src/';
const T = 'apps/prosecution-tracking/src/';
const A = 'apps/analytics/src/statistics/queries/';
const SEES_REFERRAL = `${I}referrals/referral-access.ts#canSee`;

const Sites: Record<OperationId, string | { unchecked: string }> = {
  createReferral: `${I}referrals/commands/register-referral.ts`,
  listOwnReferrals: `${I}referrals/queries/own-referrals.ts`,
  recordAnonymousNotice: `${I}anonymous-notices/commands/record-anonymous-notice.ts`,
  listDuplicates: `${I}duplicates/queries/duplicate-queue.ts`,
  decideDuplicate: `${I}duplicates/commands/decide-duplicate.ts`,
  referralStatus: SEES_REFERRAL,
  amendReferral: `${I}referrals/commands/amend-referral.ts`,
  referralVersions: SEES_REFERRAL,
  withdrawReferral: `${I}referrals/commands/withdraw-referral.ts`,
  readPersonalData: {
    unchecked:
      'a view per role and involvement (intake personal-data/disclosure-rules.ts, docs/need-to-know.md)',
  },
  overrideDisclosure: `${I}personal-data/commands/override-disclosure.ts`,
  erasePersonalData: `${I}referrals/commands/erase-personal-data.ts`,
  referralConsents: SEES_REFERRAL,
  changeConsent: `${I}consent/commands/record-consent.ts`,
  screeningQueue: `${D}screening/screening.controller.ts#queue`,
  readScreening: `${D}screening/screening.controller.ts#get`,
  recordPreliminaryDecision: `${D}decisions/screening-decisions.ts#preliminary`,
  extendRecoveryPeriod: `${D}decisions/screening-decisions.ts#extendRecovery`,
  recordFinalDecision: `${D}decisions/screening-decisions.ts#final`,
  reviewFinalDecision: `${D}decisions/screening-decisions.ts#review`,
  requestReconsideration: `${D}decisions/screening-decisions.ts#reconsider`,
  recordPalermoTest: `${D}decisions/screening-decisions.ts#recordPalermoTest`,
  listIndicatorAssessments: `${D}indicators/indicator-assessments.ts#list`,
  startIndicatorAssessment: `${D}indicators/indicator-assessments.ts#start`,
  readIndicatorAssessment: `${D}indicators/indicator-assessments.ts#read`,
  answerIndicators: `${D}indicators/indicator-assessments.ts#answer`,
  completeIndicatorAssessment: `${D}indicators/indicator-assessments.ts#complete`,
  listIndicatorCatalogues: `${D}indicators/indicator-catalogues.ts#list`,
  loadIndicatorCatalogue: `${D}indicators/indicator-catalogues.ts#load`,
  readIndicatorCatalogue: `${D}indicators/indicator-catalogues.ts#read`,
  indicatorCatalogueDifferences: `${D}indicators/indicator-catalogues.ts#differences`,
  adoptIndicatorCatalogue: `${D}indicators/indicator-catalogues.ts#adopt`,
  caseView: SEES_REFERRAL,
  caseAccessLog: 'libs/service-kit/src/audit.ts#caseAccess',
  inbox: { unchecked: "refuses no role: the rows addressed to the actor's agency and role" },
  markNotificationRead: { unchecked: "refuses no role: 404 unless addressed to the actor's role" },
  setWebhook: `${N}webhooks/commands/set-webhook-endpoint.ts`,
  testWebhook: `${N}webhooks/commands/test-webhook-endpoint.ts`,
  setEmail: `${N}email/commands/set-email-endpoint.ts`,
  subscriptions: `${N}routing/queries/agency-subscriptions.ts`,
  setSubscription: `${N}routing/commands/subscribe-agency.ts`,
  resetSubscription: `${N}routing/commands/reset-subscription.ts`,
  agencyPreferences: { unchecked: "refuses no role: the actor's own agency's language and calendar" },
  setAgencyPreferences: `${N}agencies/commands/set-agency-preferences.ts`,
  deliveries: `${N}deliveries/queries/delivery-history.ts`,
  protectionCases: `${P}cases/case-view.ts#list`,
  protectionCase: `${P}cases/case-view.ts#get`,
  assessNeeds: `${P}plans/needs-assessments.ts#assess`,
  referToService: `${P}services/service-referrals.ts#refer`,
  requestPlacement: `${P}shelters/shelter-placements.ts#request`,
  handOverLead: `${P}cases/case-lead.ts#handOver`,
  requestClosure: `${P}cases/case-closure.ts#request`,
  reviewClosure: `${P}cases/case-closure.ts#review`,
  recordResidenceStatus: `${P}residence/residence-statuses.ts#record`,
  planReturn: `${P}returns/returns.ts#plan`,
  completeReturn: `${P}returns/returns.ts#complete`,
  cancelReturn: `${P}returns/returns.ts#cancel`,
  recordFollowUp: `${P}follow-ups/follow-ups.ts#record`,
  completeCourtTask: `${P}court/court-tasks.ts#done`,
  providerReferrals: `${P}services/service-referrals.ts#forProvider`,
  acceptServiceReferral: `${P}services/service-referrals.ts#answer`,
  declineServiceReferral: `${P}services/service-referrals.ts#answer`,
  completeServiceReferral: `${P}services/service-referrals.ts#answer`,
  shelters: `${P}shelters/shelter-placements.ts#shelters`,
  checkIn: `${P}shelters/shelter-placements.ts#checkIn`,
  checkOut: `${P}shelters/shelter-placements.ts#checkOut`,
  transferPlacement: `${P}shelters/shelter-placements.ts#transfer`,
  listInvestigations: `${T}investigations/queries/investigation-list.ts`,
  openInvestigation: `${T}investigations/commands/open-investigation.ts`,
  readInvestigation: `${T}investigations/queries/investigation-detail.ts`,
  addInvestigationAgency: `${T}investigations/commands/add-investigation-agency.ts`,
  linkCase: `${T}investigations/commands/link-case.ts`,
  closeInvestigation: `${T}investigations/commands/close-investigation.ts`,
  addSuspect: `${T}suspects/commands/add-suspect.ts`,
  fileCharge: `${T}charges/commands/file-charge.ts`,
  amendCharge: `${T}charges/commands/amend-charge.ts`,
  scheduleHearing: `${T}hearings/commands/schedule-hearing.ts`,
  postponeHearing: `${T}hearings/commands/postpone-hearing.ts`,
  holdHearing: `${T}hearings/commands/hold-hearing.ts`,
  arrangeTestimony: `${T}hearings/commands/arrange-testimony.ts`,
  recordVerdict: `${T}verdicts/commands/record-verdict.ts`,
  fileAppeal: `${T}verdicts/commands/file-appeal.ts`,
  orderCompensation: `${T}compensation/commands/order-compensation.ts`,
  recordCompensationPayment: `${T}compensation/commands/record-compensation-payment.ts`,
  prosecutionStatistics: `${T}statistics/queries/prosecution-statistics.ts`,
  durationStatistics: `${A}stage-durations.ts`,
  indicatorPrevalence: `${A}indicator-prevalence-figures.ts`,
  statisticsTable: `${A}table-counts.ts`,
  statisticsChart: `${A}table-counts.ts`,
};

/** The role helpers of the services: which argument holds the roles, and the roles when none is given. */
const HELPERS: Record<string, { from: number; otherwise?: string }> = {
  requireRole: { from: 1 },
  requireAuthority: { from: 1 },
  requireCaseWorker: { from: 1, otherwise: `${P}cases/protection-access.ts#CASE_WORKERS` },
  requireCaseManager: { from: 3, otherwise: `${P}cases/protection-access.ts#CASE_WORKERS` },
};

const sources = new Map<string, ts.SourceFile>();
function source(file: string): ts.SourceFile {
  let found = sources.get(file);
  if (!found) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    found = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    sources.set(file, found);
  }
  return found;
}

function unwrap(node: ts.Expression): ts.Expression {
  while (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node))
    node = node.expression;
  return node;
}

/** The roles a constant names: in its file, imported from another file, or from @nrm/contracts. */
function constantRoles(file: string, name: string): string[] {
  const sf = source(file);
  for (const statement of sf.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) {
          return expressionRoles(file, unwrap(d.initializer));
        }
      }
    }
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const named = statement.importClause?.namedBindings;
      if (!named || !ts.isNamedImports(named) || !named.elements.some((e) => e.name.text === name)) continue;
      const from = statement.moduleSpecifier.text;
      if (from === '@nrm/contracts') return [...(contracts as unknown as Record<string, string[]>)[name]!];
      const base = path.join(path.dirname(file), from);
      const target = [`${base}.ts`, `${base}/index.ts`].find((f) => existsSync(path.join(ROOT, f)));
      if (target) return constantRoles(target, name);
    }
  }
  throw new Error(`${file}: cannot resolve the roles of ${name}`);
}

function expressionRoles(file: string, node: ts.Expression): string[] {
  node = unwrap(node);
  if (ts.isStringLiteral(node)) return [node.text];
  if (ts.isIdentifier(node)) return constantRoles(file, node.text);
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((e) => argumentRoles(file, e));
  throw new Error(`${file}: cannot read roles from ${node.getText()}`);
}

function argumentRoles(file: string, node: ts.Expression): string[] {
  return ts.isSpreadElement(node) ? expressionRoles(file, node.expression) : expressionRoles(file, node);
}

/** `actor.role === 'r'` (or `!==`) anywhere in a condition, as the role and the operator. */
function roleTests(node: ts.Node): { role: string; equal: boolean }[] {
  const found: { role: string; equal: boolean }[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isBinaryExpression(n) && /^actor\.role$/.test(n.left.getText()) && ts.isStringLiteral(n.right)) {
      const kind = n.operatorToken.kind;
      if (kind === ts.SyntaxKind.EqualsEqualsEqualsToken) found.push({ role: n.right.text, equal: true });
      if (kind === ts.SyntaxKind.ExclamationEqualsEqualsToken)
        found.push({ role: n.right.text, equal: false });
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

function declarationNamed(sf: ts.SourceFile, name: string): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (n: ts.Node) => {
    if (found) return;
    const named = (ts.isMethodDeclaration(n) || ts.isFunctionDeclaration(n)) && n.name?.getText() === name;
    if (named && (n as ts.FunctionLikeDeclaration).body) found = n;
    else ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/** Each gate's admitted roles in a function (or file): its roles, plus the roles let past it. */
function gates(file: string, scope: ts.Node, seen = new Set<string>()): Set<string>[] {
  const found: Set<string>[] = [];
  const passedEarly = new Set<string>();
  const visit = (n: ts.Node, bypass: string[]) => {
    if (ts.isIfStatement(n)) {
      const tests = roleTests(n.expression);
      const exits = /^(\{\s*)?(return|throw)\b/.test(n.thenStatement.getText());
      if (exits) tests.filter((t) => t.equal).forEach((t) => passedEarly.add(t.role));
      const negated = ts.isPrefixUnaryExpression(n.expression) ? n.expression.operand : undefined;
      if (
        exits &&
        negated &&
        ts.isCallExpression(negated) &&
        /\.includes$/.test(negated.expression.getText())
      ) {
        if (negated.arguments[0]?.getText() === 'actor.role') {
          const list = (negated.expression as ts.PropertyAccessExpression).expression;
          found.push(new Set(expressionRoles(file, list as ts.Expression)));
        }
      }
      const lettingPast = tests.filter((t) => !t.equal).map((t) => t.role);
      visit(n.thenStatement, [...bypass, ...lettingPast]);
      if (n.elseStatement) visit(n.elseStatement, bypass);
      return;
    }
    if (ts.isCallExpression(n)) {
      const callee = n.expression.getText().split('.').pop() ?? '';
      const helper = Object.hasOwn(HELPERS, callee) ? HELPERS[callee] : undefined;
      if (helper) {
        const args = n.arguments.slice(helper.from);
        const roles = args.length
          ? args.flatMap((a) => argumentRoles(file, a))
          : helper.otherwise
            ? constantRoles(...(helper.otherwise.split('#') as [string, string]))
            : [];
        found.push(new Set([...roles, ...bypass]));
      } else if (/^this\.\w+$/.test(n.expression.getText()) && !seen.has(callee)) {
        const own = declarationNamed(source(file), callee);
        if (own)
          found.push(...gates(file, own, new Set([...seen, callee])).map((g) => new Set([...g, ...bypass])));
      }
    }
    ts.forEachChild(n, (child) => visit(child, bypass));
  };
  visit(scope, []);
  return found.map((g) => new Set([...g, ...passedEarly]));
}

/** The roles a site admits: those every gate on its way lets past. */
function admittedRoles(site: string): string[] {
  const [file, method] = site.split('#') as [string, string | undefined];
  const scope = method ? declarationNamed(source(file), method) : source(file);
  if (!scope) throw new Error(`${site}: no such method`);
  const all = gates(file, scope);
  if (all.length === 0) throw new Error(`${site}: no role check found`);
  return Roles.filter((role) => all.every((g) => g.has(role)));
}

describe('the route table against the services that own the routes', () => {
  it('names a site in the owning service for every route', () => {
    expect(Object.keys(Sites).sort()).toEqual(Object.keys(Routes).sort());
  });

  it.each(Object.entries(Sites))('%s: the table allows the roles the service admits', (id, site) => {
    const route = Routes[id as OperationId];
    if (typeof site === 'object') {
      if (/^refuses no role/.test(site.unchecked)) expect([...route.roles]).toEqual([...Roles]);
      return;
    }
    expect({ route: id, roles: admittedRoles(site) }).toEqual({
      route: id,
      roles: Roles.filter((role) => route.roles.includes(role)),
    });
  });
});
