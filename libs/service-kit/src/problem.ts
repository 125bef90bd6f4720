import { HttpException } from '@nestjs/common';

export interface FieldProblem {
  /** Dotted path of the field in the request body, e.g. `person.dateOfBirth`. */
  field: string;
  message: string;
}

/** An RFC 9457 problem details document: the one error shape of every HTTP API. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
  correlationId?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types, documented in docs/problems.md. */
export const ProblemTypes = {
  validation: { type: '/problems/validation-error', title: 'The request is not valid', status: 400 },
  badRequest: { type: '/problems/bad-request', title: 'The request could not be read', status: 400 },
  unauthenticated: { type: '/problems/unauthenticated', title: 'Authentication is required', status: 401 },
  forbidden: { type: '/problems/forbidden', title: 'This action is not allowed for you', status: 403 },
  notFound: { type: '/problems/not-found', title: 'Not found', status: 404 },
  methodNotAllowed: { type: '/problems/method-not-allowed', title: 'Method not allowed', status: 405 },
  conflict: {
    type: '/problems/conflict',
    title: 'The request conflicts with the current state',
    status: 409,
  },
  gone: {
    type: '/problems/personal-data-erased',
    title: 'The personal data of this case has been erased',
    status: 410,
  },
  payloadTooLarge: {
    type: '/problems/payload-too-large',
    title: 'The request body is too large',
    status: 413,
  },
  unsupportedMediaType: {
    type: '/problems/unsupported-media-type',
    title: 'The request body must be application/json',
    status: 415,
  },
  rateLimited: { type: '/problems/rate-limited', title: 'Too many requests', status: 429 },
  internal: { type: '/problems/internal-error', title: 'Something went wrong on our side', status: 500 },
  upstreamUnavailable: {
    type: '/problems/service-unavailable',
    title: 'A service needed for this request is not available',
    status: 503,
  },
} as const;

export type ProblemKind = keyof typeof ProblemTypes;

/** Throw this to answer with a specific problem. */
export class ProblemException extends HttpException {
  constructor(
    kind: ProblemKind,
    detail?: string,
    readonly errors?: FieldProblem[],
  ) {
    const t = ProblemTypes[kind];
    super({ ...t, detail, errors }, t.status);
  }

  get problem(): ProblemDocument {
    return this.getResponse() as ProblemDocument;
  }
}

/** Passes a problem from a downstream service through unchanged. */
export class RelayedProblemException extends HttpException {
  constructor(readonly problem: ProblemDocument) {
    super(problem, problem.status);
  }
}

export function problemForStatus(status: number): { type: string; title: string; status: number } {
  const match = Object.values(ProblemTypes).find((p) => p.status === status && p !== ProblemTypes.validation);
  if (match) return match;
  if (status >= 500) return ProblemTypes.internal;
  return { type: '/problems/bad-request', title: 'The request could not be processed', status };
}
