/** A plain object read from JSON or storage (not null, not a list), whose keys may be looked at. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
