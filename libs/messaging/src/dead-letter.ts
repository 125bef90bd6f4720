// The header names and reasons are part of the published contract (the AsyncAPI document names them).
import { DeadLetterHeaders } from '@nrm/contracts';
import type { DeadLetterReason } from '@nrm/contracts';

export { DeadLetterHeaders };
export type { DeadLetterReason };

export interface DeadLetter {
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
  originalTopic: string;
  reason: string;
  error: string;
  failedAt: string;
  consumerGroup: string;
}

export function isDeadLetterHeader(name: string): boolean {
  return name.startsWith('dlq_');
}
