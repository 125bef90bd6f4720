import { OperationRoles } from '@nrm/api-client';
import type { OperationId } from '@nrm/api-client';

/** Whether the role may call the operation: the API's own table (x-allowed-roles of docs/openapi.json). */
export function mayCall(role: string | undefined, operation: OperationId): boolean {
  return role !== undefined && (OperationRoles[operation] as readonly string[]).includes(role);
}
