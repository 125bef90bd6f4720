import {
  agreementRefusal,
  consentRefusal,
  fieldsBeyond,
  insideTimeWindow,
  minimise,
} from './agreement-rules';
import type { Agreement } from './agreement-rules';

const agreement: Agreement = {
  agreementId: '3f2a9b64-1c8d-4e7f-a0b5-6d9e8c7f1a23',
  reference: 'KW-BH-TIP-MOU-2025',
  partner: 'bh',
  messageTypes: ['transfer_referral', 'status_follow_up'],
  purposes: ['assistance'],
  fields: ['person.names', 'person.sex', 'exploitationTypes'],
  legalBasis: 'MoU 2025, article 4',
  validFrom: '2025-01-01',
  validUntil: '2028-12-31',
};
const transfer = { type: 'transfer_referral', purpose: 'assistance' } as const;

describe('the agreement with a partner', () => {
  it('lets nothing leave without one, outside its days, or beyond its types and purposes', () => {
    expect(agreementRefusal(undefined, transfer, '2026-12-04')?.reason).toBe('no_agreement');
    expect(agreementRefusal(agreement, transfer, '2029-01-01')?.reason).toBe('no_agreement');
    expect(agreementRefusal(agreement, transfer, '2024-12-31')?.reason).toBe('no_agreement');
    expect(
      agreementRefusal(agreement, { ...transfer, type: 'return_coordination' }, '2026-12-04'),
    ).toMatchObject({
      reason: 'beyond_agreement',
      detail: expect.stringContaining('return_coordination'),
    });
    expect(agreementRefusal(agreement, { ...transfer, purpose: 'proceedings' }, '2026-12-04')?.reason).toBe(
      'beyond_agreement',
    );
    expect(agreementRefusal(agreement, transfer, '2026-12-04')).toBeUndefined();
  });

  it('honours a notice to stop processing under any agreement the parties had, even one ended', () => {
    expect(
      agreementRefusal(agreement, { type: 'cease_processing', purpose: 'assistance' }, '2030-01-01'),
    ).toBeUndefined();
  });

  it('cuts a body down to its fields, and names the fields a received body has beyond them', () => {
    const body = {
      person: { names: { latin: 'A B' }, sex: 'female', aliases: ['C'], documents: [] },
      exploitationTypes: ['forced_labour'],
      note: 'free text',
    };
    expect(minimise(body, agreement.fields)).toEqual({
      person: { names: { latin: 'A B' }, sex: 'female' },
      exploitationTypes: ['forced_labour'],
    });
    expect(fieldsBeyond(body, agreement.fields)).toEqual(['person.aliases', 'person.documents', 'note']);
    expect(fieldsBeyond(body, ['person', 'exploitationTypes', 'note'])).toEqual([]);
  });
});

describe("the person's consent", () => {
  const adult = { handledAsChild: false, consent: { data_sharing: false }, personalDataErased: false };
  it("needs an adult's consent to data sharing for a message with their details", () => {
    expect(consentRefusal('transfer_referral', adult)).toContain('data_sharing');
    expect(
      consentRefusal('transfer_referral', { ...adult, consent: { data_sharing: true } }),
    ).toBeUndefined();
  });
  it('refers a child in their best interests without it, as a referral is', () => {
    expect(consentRefusal('transfer_referral', { ...adult, handledAsChild: true })).toBeUndefined();
  });
  it('sends nothing personal once the data is erased; a follow-up carries none', () => {
    expect(
      consentRefusal('transfer_referral', { ...adult, handledAsChild: true, personalDataErased: true }),
    ).toContain('erased');
    expect(consentRefusal('status_follow_up', adult)).toBeUndefined();
  });
});

describe('the time window', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  const at = now.getTime() / 1000;
  it('takes a message signed within the window, or a little ahead of our clock', () => {
    expect(insideTimeWindow(at - 299, now, 300)).toBe(true);
    expect(insideTimeWindow(at + 30, now, 300)).toBe(true);
  });
  it('refuses one signed too long ago or too far ahead', () => {
    expect(insideTimeWindow(at - 301, now, 300)).toBe(false);
    expect(insideTimeWindow(at + 120, now, 300)).toBe(false);
    expect(insideTimeWindow(Number.NaN, now, 300)).toBe(false);
  });
});
