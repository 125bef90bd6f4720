/** The headers of the examples: fixed ids and instants derived from the example, so the document is stable. */
import { CLOUDEVENTS_SPEC_VERSION, EnvelopeHeaders as H } from '@nrm/contracts';
import type { EventDefinition } from '@nrm/contracts';
import { isAnalytics } from './keys-and-headers';

/** A fixed UUID derived from a text, with the given version nibble (4, or 8 like analytics record ids). */
function exampleUuid(seed: string, version: 4 | 8): string {
  let h = 0x811c9dc5;
  const hex: string[] = [];
  for (let round = 0; hex.join('').length < 32; round++) {
    for (const c of `${round}:${seed}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
    hex.push(h.toString(16).padStart(8, '0'));
  }
  const s = hex.join('').slice(0, 32).split('');
  s[12] = String(version);
  s[16] = '89ab'[parseInt(s[16] as string, 16) % 4] as string;
  const x = s.join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export function exampleHeaders(
  definition: EventDefinition<object>,
  key: string,
  payload: Record<string, unknown>,
  name: string,
): Record<string, string> {
  const analytics = isAnalytics(definition);
  const id = exampleUuid(`${definition.type}/${name}`, analytics ? 8 : 4);
  const month = typeof payload['month'] === 'string' ? payload['month'] : undefined;
  return {
    [H.specVersion]: CLOUDEVENTS_SPEC_VERSION,
    [H.id]: id,
    [H.type]: definition.type,
    [H.source]: `/nrm/${definition.source}`,
    [H.subject]: key,
    [H.time]: analytics && month ? `${month}-01T00:00:00.000Z` : exampleTime(payload),
    [H.correlationId]: analytics ? id : exampleUuid(`correlation/${definition.type}/${name}`, 4),
    [H.schemaVersion]: String(definition.schemaVersion),
    [H.contentType]: 'application/json',
  };
}

/** The example's own instant if it has one, else a fixed one. */
function exampleTime(payload: Record<string, unknown>): string {
  const instant = Object.values(payload).find(
    (v): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v),
  );
  return instant ?? '2026-03-18T12:20:04.010Z';
}
