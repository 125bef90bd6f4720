import { deadlineText, digestText, formatDate, securityAlertText } from './templates';

const alert = {
  caseId: '5f0f8f0e-3c51-4d4b-9a57-0c6b7f1f2a10',
  deadlineId: '0a6e4f5c-7d1b-4b8e-8f61-2f9d1c3e4b5a',
  caseReference: 'KW-2026-ABC123',
  kind: 'preliminary_decision',
  dueOn: '2026-12-07',
  responsibleAgencyId: 'kw-nrm-competent-authority',
  workingDaysLeft: 1,
};

describe('notification texts', () => {
  it('shows dates in the recipient calendar and language', () => {
    expect(formatDate({ language: 'en', calendar: 'gregory' }, '2026-12-07')).toBe('7 December 2026');
    expect(formatDate({ language: 'en', calendar: 'islamic-umalqura' }, '2026-12-07')).toBe(
      '27 Jumada II 1448 AH',
    );
    // Arabic, Gregorian and Hijri: month names in Arabic, never the ISO form.
    expect(formatDate({ language: 'ar', calendar: 'gregory' }, '2026-12-07')).toMatch(/ديسمبر/);
    expect(formatDate({ language: 'ar', calendar: 'islamic-umalqura' }, '2026-12-07')).toMatch(
      /جمادى الآخرة/,
    );
    // Month and year ends do not slip a day.
    expect(formatDate({ language: 'en', calendar: 'gregory' }, '2026-12-31')).toBe('31 December 2026');
    expect(formatDate({ language: 'en', calendar: 'gregory' }, '2027-01-01')).toBe('1 January 2027');
  });

  it('puts the due date of a deadline in the recipient calendar', () => {
    const en = deadlineText({ language: 'en', calendar: 'islamic-umalqura' }, alert, false);
    expect(en.body).toBe(
      'The preliminary (reasonable grounds) decision for case KW-2026-ABC123 is due on 27 Jumada II 1448 AH.',
    );
    const ar = deadlineText({ language: 'ar', calendar: 'gregory' }, alert, true);
    expect(ar.title).toBe('تجاوز الموعد: KW-2026-ABC123');
    expect(ar.body).not.toContain('2026-12-07');
  });

  it('summarises a day in a digest without naming anyone', () => {
    const text = digestText(
      { language: 'en', calendar: 'gregory' },
      {
        coveredDay: '2026-12-06',
        countsByKind: { referral_received: 3, deadline_breached: 1 },
        breachedCaseReferences: ['KW-2026-ABC123'],
      },
    );
    expect(text).toEqual({
      title: 'Daily digest: 6 December 2026',
      body:
        '4 notifications on 6 December 2026: referrals received: 3; deadlines breached: 1. ' +
        'Deadlines breached in cases: KW-2026-ABC123.',
    });
  });

  it('tells an agency of a burst of refused requests by one of its users, in its language', () => {
    const alert = {
      kind: 'denied_burst' as const,
      userId: 'kw-moi-police.officer-7',
      role: 'first_responder',
      refusedInMinute: 21,
      windowStartedAt: '2026-12-01T16:20:00.000Z',
    };
    const en = securityAlertText({ language: 'en', calendar: 'gregory' }, alert);
    expect(en.title).toBe('Security alert: repeated refused requests');
    expect(en.body).toContain('More than 20 requests by user kw-moi-police.officer-7 (first_responder)');
    expect(en.body).toContain('16:20 UTC');
    const ar = securityAlertText({ language: 'ar', calendar: 'islamic-umalqura' }, alert);
    expect(ar.title).toContain('تنبيه أمني');
    expect(ar.body).toContain('kw-moi-police.officer-7');
  });
});
