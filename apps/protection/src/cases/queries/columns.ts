import { sql } from 'kysely';

/** A date column as `YYYY-MM-DD`. */
export const dateText = (column: string) => sql<string | null>`${sql.ref(column)}::text`;

/** An instant as ISO 8601, or null. */
export const instant = (value: Date | null) => (value ? value.toISOString() : null);
