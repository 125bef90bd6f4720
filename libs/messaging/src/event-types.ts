import { EventCatalogue } from '@nrm/contracts';
import type { EventDefinition } from '@nrm/contracts';

export function findEventDefinitionByType(type: string): EventDefinition<object> | undefined {
  return EventCatalogue.find((d) => d.type === type);
}
