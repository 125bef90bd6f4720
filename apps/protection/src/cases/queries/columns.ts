/** An instant as ISO 8601, or null. */
export const instant = (value: Date | null) => (value ? value.toISOString() : null);
