/** Today's date (UTC) as an ISO date, as the API takes dates. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** The ISO date n days from now (UTC). */
export const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
