import type { RouteResponse } from './route';

/** The problems a route that takes input documents: invalid fields, no token, a role or agency refused. */
export const inputProblems: readonly RouteResponse[] = [
  { status: 400, description: 'problem+json listing each invalid field; nothing is stored or emitted' },
  { status: 401, description: 'no or invalid access token' },
  { status: 403, description: 'the role or agency may not do this' },
];

/** A 409 with the reason a state machine refuses a step. */
export function conflict(description: string): RouteResponse {
  return { status: 409, description };
}
