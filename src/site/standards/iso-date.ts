/** Calendar dates as the standards write them (`2024-02-28`), comparable as strings. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC calendar date of an instant. */
export function formatIsoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/**
 * Reads a date value from YAML: js-yaml (front matter) yields `Date` objects for unquoted dates, the
 * `yaml` package and quoted values yield strings. `undefined` when absent, `null` when not a valid date.
 */
export function readIsoDate(value: unknown): string | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : formatIsoDate(value);
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  const parsed = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return formatIsoDate(parsed) === value.trim() ? value.trim() : null;
}
