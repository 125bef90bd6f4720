import createClient from 'openapi-fetch';
import type { Client } from 'openapi-fetch';
import { ProblemError, isProblem } from './problem-error';
import type { paths } from './schema.generated';

/** The access purposes the platform records with each read or change (`X-Access-Purpose`). */
export type AccessPurpose = NonNullable<
  NonNullable<paths['/api/v1/cases/{caseId}']['get']['parameters']['header']>['X-Access-Purpose']
>;

export interface ApiClientOptions {
  /** The gateway's base URL (`https://nrm.example.gov`); empty for the page's own origin. */
  baseUrl: string;
  /** The caller's access token, read on every request (so a refreshed token is used at once). */
  accessToken: () => string | undefined | Promise<string | undefined>;
  /** Why the user reads or changes case data; the role's own purpose when absent. */
  accessPurpose?: () => AccessPurpose | undefined;
  fetch?: typeof fetch;
}

/** The typed client: `api.GET('/api/v1/referrals/{caseId}', { params: { path: { caseId } } })`. */
export type ApiClient = Client<paths>;

/** A client of the platform's API, typed from its OpenAPI document (docs/openapi.json). */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  client.use({
    async onRequest({ request }) {
      const token = await options.accessToken();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      const purpose = options.accessPurpose?.();
      if (purpose) request.headers.set('x-access-purpose', purpose);
      return request;
    },
  });
  return client;
}

/** What an openapi-fetch call resolves to: the answer, or the problem, and the HTTP response. */
interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The answer of a call, or a `ProblemError` thrown for its problem:
 * `const referral = await answerOf(api.GET('/api/v1/referrals/{caseId}', ...))`.
 */
export async function answerOf<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  throw new ProblemError(
    isProblem(error)
      ? error
      : { type: 'about:blank', title: response.statusText || 'The request failed', status: response.status },
  );
}
