/** Today's date in the user's own time zone, as YYYY-MM-DD: the date a policy is made. */
export function localToday(now = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
