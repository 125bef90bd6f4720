/**
 * The Palermo Protocol's definition (art. 3) as a test: an act (recruitment, transport, transfer,
 * harbouring, receipt), by a means (threat, force, coercion, abduction, fraud, deception, abuse of
 * power or vulnerability, payments to a person in control), for the purpose of exploitation. For a
 * child (under 18) the means are not required (art. 3(c)). The result advises; the officer decides.
 */
export interface PalermoElements {
  act: boolean;
  means: boolean;
  purpose: boolean;
}

export interface PalermoResult {
  satisfied: boolean;
  meansRequired: boolean;
  missing: (keyof PalermoElements)[];
}

export function palermoTest(elements: PalermoElements, personIsChild: boolean): PalermoResult {
  const required: (keyof PalermoElements)[] = personIsChild
    ? ['act', 'purpose']
    : ['act', 'means', 'purpose'];
  const missing = required.filter((e) => !elements[e]);
  return { satisfied: missing.length === 0, meansRequired: !personIsChild, missing };
}
