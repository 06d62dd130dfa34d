/** "2026-11-18 09:12:03 UTC": every time on the dashboard is UTC, whatever the viewer's zone. */
export function formatUtc(date: Date, { millis = false }: { millis?: boolean } = {}): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, millis ? 23 : 19)} UTC`;
}
