import type { ObservedMessage } from '@nrm/messaging';

/** The payload of an observed event, parsed; tests assert it field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- payloads are asserted field by field
export const payload = (m: Pick<ObservedMessage, 'value'>): any => JSON.parse(m.value ?? '{}');
