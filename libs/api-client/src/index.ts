export { answerOf, createApiClient } from './api-client';
export type { AccessPurpose, ApiClient, ApiClientOptions } from './api-client';
export { ProblemError, isProblem } from './problem-error';
export type { Problem } from './problem-error';
export type { components, operations, paths } from './schema.generated';
