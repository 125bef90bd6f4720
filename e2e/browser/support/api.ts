import { expect } from '@playwright/test';

/** A token of the development issuer for a seeded user (`kw-moi-police.first-responder`): test setup only. */
export async function tokenFor(baseUrl: string, userId: string): Promise<string> {
  const answer = await fetch(`${baseUrl}/dev/sign-in/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { accessToken: string }).accessToken;
}

/** Calls the API as that user, for what a test needs in place before it drives the console. */
export async function callApi<T = unknown>(
  baseUrl: string,
  userId: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const answer = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await tokenFor(baseUrl, userId)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(answer.ok, `${method} ${path}: ${answer.status}`).toBe(true);
  const text = await answer.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A referral of an adult who consents, by the seeded first responder of `agencyId`. */
export function referralOf(person: { latin: string; dateOfBirth: string; passport: string }) {
  return {
    channel: 'police',
    encounter: { date: new Date().toISOString().slice(0, 10), place: 'Jleeb Al-Shuyoukh' },
    person: {
      names: { latin: person.latin },
      dateOfBirth: person.dateOfBirth,
      sex: 'female',
      nationalities: ['PH'],
      documents: [{ type: 'passport', number: person.passport, issuingCountry: 'PH' }],
    },
    exploitationTypes: ['domestic_servitude'],
    immediateRisks: [],
    interpreter: { needed: false },
    consent: { referral: true, statistics: true, dataSharingAgencyTypes: ['shelter'], language: 'en' },
  };
}
