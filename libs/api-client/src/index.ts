export { answerOf, createApiClient } from './api-client';
export type { AccessPurpose, ApiClient, ApiClientOptions } from './api-client';
export { ProblemError, isProblem } from './problem-error';
export type { Problem } from './problem-error';
export * from './schema.generated';
export * from './operation-roles.generated';
