const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date (YYYY-MM-DD) where the CSA are: America/Mexico_City. */
export function today(now: Date = new Date()): string {
  return formatter.format(now);
}
