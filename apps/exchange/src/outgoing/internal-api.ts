import type { Actor } from '@nrm/security';
import { ProblemException, actorHeaders } from '@nrm/service-kit';
import type { ProblemKind } from '@nrm/service-kit';

const KINDS: Readonly<Record<number, ProblemKind>> = {
  400: 'validation',
  403: 'forbidden',
  404: 'notFound',
  409: 'conflict',
  410: 'gone',
};

/**
 * Calls another service's internal API for an actor (its rules apply to them). Its refusals come back
 * as the same problems; a service that does not answer, or answers otherwise, is a 503.
 */
export async function callInternalApi<T>(
  service: string,
  baseUrl: string,
  request: { method: string; path: string; actor: Actor; body?: unknown },
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${request.path}`, {
      method: request.method,
      headers: {
        ...actorHeaders(request.actor),
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    throw new ProblemException('upstreamUnavailable', `${service} did not answer`);
  }
  const text = await response.text();
  if (response.ok) return JSON.parse(text) as T;
  const kind = KINDS[response.status];
  if (!kind) throw new ProblemException('upstreamUnavailable', `${service} answered ${response.status}`);
  let detail = `${service} refused`;
  try {
    detail = (JSON.parse(text) as { detail?: string }).detail ?? detail;
  } catch {
    // not a problem document
  }
  throw new ProblemException(kind, detail);
}
