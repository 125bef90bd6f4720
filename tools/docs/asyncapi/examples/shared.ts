/*
 * What every example shares: its shape and the ids the examples of different events have in common, so
 * that one invented case, notice and investigation runs through them all.
 */

export interface EventExample {
  /** Machine-readable name of the example. */
  name: string;
  summary: string;
  /** The Kafka key (and ce_subject). */
  key: string;
  payload: Record<string, unknown>;
}

export interface EventDocumentation {
  summary: string;
  examples: EventExample[];
}

export const CASE_ID = '6f1c2a9e-5b7d-4c1e-9a2f-6d8e0b4c7a15';
export const OTHER_CASE_ID = '8b2e4d6f-1a3c-4e5b-8d7f-9c0a2b4e6d81';
export const CASE_REFERENCE = 'KW-2026-7QX4KM';
export const NOTICE_ID = 'a3d5f7b9-2c4e-4a6b-9d8f-1e3c5a7b9d02';
export const INVESTIGATION_ID = 'c47a9e12-3b5d-4f6a-8e1c-2d9b7f0a5e34';
export const HEARING_ID = '5e7a9c1e-3b5d-4f7a-9c1e-3b5d7f9a1c3e';
export const CHARGE_ID = '2b4d6f8a-0c2e-4a4b-8d6f-8a0c2e4a6b8d';
export const SUSPECT_ID = '9a1c3e5b-7d9f-4b1d-a3e5-b7d9f1b3d5e7';
export const VERDICT_ID = '4c6e8a0b-2d4f-4c6e-8a0b-2d4f6a8c0e2b';
export const NOTIFICATION_ID = '7d9f1b3c-5e7a-4d9f-b1c3-5e7a9c1e3b5d';
export const PERSON_PSEUDONYM = 'p-q4vmk2xj7tr5bwd3nhc6aepz5y';
export const INVESTIGATION_PSEUDONYM = 'i-m3ct7wq2hz5kxa4rbn6dvej2sf';

export const one = (summary: string, key: string, payload: Record<string, unknown>): EventExample[] => [
  { name: 'example', summary, key, payload },
];
