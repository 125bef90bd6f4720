/** A positive decision follows an `indicated` advice; any other advice points to a negative one. */
export function departsFromAdvice(decision: 'positive' | 'negative', advisedOutcome: string): boolean {
  return (decision === 'positive') !== (advisedOutcome === 'indicated');
}
