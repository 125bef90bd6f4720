import { randomUUID } from 'node:crypto';
import {
  EnvelopeError,
  EnvelopeHeaders,
  buildEnvelope,
  envelopeFromMessage,
  envelopeToHeaders,
} from './envelope';
import { PayloadValidationError, parsePayload } from './event-definition';
import { ReferralReceived } from './events/intake';
import { findEventDefinition } from './catalogue';
import { allTopics, deadLetterTopic, withTopicPrefix } from './topics';

const caseId = randomUUID();
const data = {
  caseId,
  caseReference: 'KW-2026-ABCDEF',
  referringAgencyId: 'kw-moi-police',
  referralChannel: 'police',
  referredAt: '2026-11-29T10:00:00.000Z',
  personIsChild: false,
  sex: 'female',
  nationalities: ['PH'],
  exploitationTypes: ['forced_labour'],
  immediateRisks: [],
  interpreterNeeded: false,
  ageBand: '27-29',
  meansOfControl: ['withholds_documents'],
  recruitmentMethod: 'recruitment_agency',
  requiresImmediateProtection: false,
  joinedAnonymousNoticeIds: [],
};

describe('event envelope', () => {
  it('builds an envelope with an id, the time and the case as subject', () => {
    const e = buildEnvelope({
      type: 't',
      source: '/nrm/intake',
      subject: caseId,
      schemaVersion: 1,
      data,
      correlationId: 'c-1',
    });
    expect(e.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(e.subject).toBe(caseId);
    expect(Date.parse(e.time)).not.toBeNaN();
  });

  it('refuses an envelope without subject, correlation id or a positive schema version', () => {
    const base = { type: 't', source: '/s', subject: caseId, schemaVersion: 1, data, correlationId: 'c' };
    expect(() => buildEnvelope({ ...base, subject: '' })).toThrow(EnvelopeError);
    expect(() => buildEnvelope({ ...base, correlationId: '' })).toThrow(EnvelopeError);
    expect(() => buildEnvelope({ ...base, schemaVersion: 0 })).toThrow(EnvelopeError);
  });

  it('round-trips through CloudEvents Kafka headers', () => {
    const e = buildEnvelope({
      type: ReferralReceived.type,
      source: '/nrm/intake',
      subject: caseId,
      schemaVersion: 1,
      data,
      correlationId: 'corr-1',
      causationId: 'cause-1',
    });
    const headers = envelopeToHeaders(e);
    expect(headers[EnvelopeHeaders.specVersion]).toBe('1.0');
    expect(envelopeFromMessage(headers, JSON.stringify(data))).toEqual(e);
  });

  it('names what is wrong with an unreadable message', () => {
    const headers = envelopeToHeaders(
      buildEnvelope({ type: 't', source: '/s', subject: caseId, schemaVersion: 1, data, correlationId: 'c' }),
    );
    expect(() => envelopeFromMessage({ ...headers, ce_id: 'nope' }, '{}')).toThrow('ce_id must be a UUID');
    expect(() => envelopeFromMessage({ ...headers, ce_time: '' }, '{}')).toThrow('ce_time is missing');
    expect(() => envelopeFromMessage(headers, '{oops')).toThrow('not JSON');
    expect(() => envelopeFromMessage(headers, null)).toThrow('empty');
  });
});

describe('payload contracts', () => {
  it('validates a payload against its class', () => {
    expect(parsePayload(ReferralReceived, data).caseId).toBe(caseId);
  });

  it('lists every violation without echoing values', () => {
    try {
      parsePayload(ReferralReceived, { ...data, sex: 'Jane Doe', caseId: 'x' });
      fail('expected a violation');
    } catch (error) {
      expect(error).toBeInstanceOf(PayloadValidationError);
      const violations = (error as PayloadValidationError).violations;
      expect(violations.some((v) => v.startsWith('sex:'))).toBe(true);
      expect(violations.some((v) => v.startsWith('caseId:'))).toBe(true);
      expect(violations.join(' ')).not.toContain('Jane Doe');
    }
  });

  it('refuses something that is not an object', () => {
    expect(() => parsePayload(ReferralReceived, [1, 2])).toThrow(PayloadValidationError);
  });

  it('finds definitions by type and version only', () => {
    expect(findEventDefinition(ReferralReceived.type, 1)).toBe(ReferralReceived);
    expect(findEventDefinition(ReferralReceived.type, 2)).toBeUndefined();
  });

  it('names topics with their version and a dead-letter topic per service', () => {
    expect(allTopics()).toContain('nrm.intake.referral.v1');
    expect(deadLetterTopic('identification')).toBe('nrm.identification.dead-letter.v1');
    expect(withTopicPrefix('test.', 'nrm.x.v1')).toBe('test.nrm.x.v1');
    expect(allTopics().every((t) => /\.v\d+$/.test(t))).toBe(true);
  });
});
