const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit', day: '2-digit' });

let cached = { until: 0, day: '' };

/** Today's date (YYYY-MM-DD) where the CSA are: America/Mexico_City. */
export function today(now?: Date): string {
  if (now) return formatter.format(now);
  // Lists ask for it on every request: format at most once a minute.
  const ms = Date.now();
  if (ms >= cached.until) cached = { until: ms - (ms % 60_000) + 60_000, day: formatter.format(ms) };
  return cached.day;
}
