import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ProblemError, answerOf, createApiClient } from './index';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** A fetch that records the request and answers `status` with `body`. */
function answering(status: number, body: unknown, contentType = 'application/json') {
  const requests: Request[] = [];
  const fetch = async (input: Request) => {
    requests.push(input);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } });
  };
  return { requests, fetch: fetch as typeof globalThis.fetch };
}

describe('the typed API client', () => {
  it('is generated from docs/openapi.json as it is (npm run docs)', () => {
    expect(() =>
      execFileSync(
        process.execPath,
        ['tools/docs/generate.mjs', '--check', 'libs/api-client/src/schema.generated.ts'],
        {
          cwd: ROOT,
          stdio: 'pipe',
        },
      ),
    ).not.toThrow();
  });

  it('sends the access token and the access purpose, and returns the typed answer', async () => {
    const server = answering(200, { items: [] });
    const api = createApiClient({
      baseUrl: 'http://gateway',
      accessToken: () => 'token-1',
      accessPurpose: () => 'protection',
      fetch: server.fetch,
    });
    const page = await answerOf(api.GET('/api/v1/referrals', { params: { query: { limit: '10' } } }));
    expect(page.items).toEqual([]);
    expect(server.requests[0]?.url).toBe('http://gateway/api/v1/referrals?limit=10');
    expect(server.requests[0]?.headers.get('authorization')).toBe('Bearer token-1');
    expect(server.requests[0]?.headers.get('x-access-purpose')).toBe('protection');
  });

  it('throws a problem as a ProblemError with each field message', async () => {
    const problem = {
      type: '/problems/validation-error',
      title: 'The request is not valid',
      status: 400,
      errors: [{ field: 'person.dateOfBirth', message: 'must not be in the future' }],
    };
    const server = answering(400, problem, 'application/problem+json');
    const api = createApiClient({
      baseUrl: 'http://gateway',
      accessToken: () => undefined,
      fetch: server.fetch,
    });
    const failure = await answerOf(api.GET('/api/v1/referrals', {})).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProblemError);
    expect((failure as ProblemError).status).toBe(400);
    expect((failure as ProblemError).fieldErrors).toEqual({
      'person.dateOfBirth': 'must not be in the future',
    });
    expect(server.requests[0]?.headers.get('authorization')).toBeNull();
  });

  it('makes a problem of an answer that is not one (a proxy error page)', async () => {
    const server = answering(502, 'Bad Gateway', 'text/plain');
    const api = createApiClient({ baseUrl: 'http://gateway', accessToken: () => 't', fetch: server.fetch });
    const failure = (await answerOf(api.GET('/api/v1/inbox', {})).catch((e: unknown) => e)) as ProblemError;
    expect(failure.status).toBe(502);
    expect(failure.type).toBe('about:blank');
  });
});
