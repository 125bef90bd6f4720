import type { components } from './schema.generated';

/** An RFC 9457 problem, as every error of the API is answered (docs/problems.md). */
export type Problem = components['schemas']['Problem'];

/** The platform answered with a problem: its status, type and, for a validation problem, each field's message. */
export class ProblemError extends Error {
  readonly status: number;
  readonly type: string;
  readonly detail: string | undefined;
  /** Each invalid field's message by its dotted path in the request body: `person.dateOfBirth`. */
  readonly fieldErrors: Readonly<Record<string, string>>;

  constructor(readonly problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ProblemError';
    this.status = problem.status;
    this.type = problem.type;
    this.detail = problem.detail;
    this.fieldErrors = Object.fromEntries((problem.errors ?? []).map((e) => [e.field, e.message]));
  }
}

/** Whether an error body is a problem document (a proxy or a network fault may answer something else). */
export function isProblem(body: unknown): body is Problem {
  const candidate = body as Partial<Problem> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.type === 'string' &&
    typeof candidate.title === 'string' &&
    typeof candidate.status === 'number'
  );
}
