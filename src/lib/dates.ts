import { ui } from '@locale/ui';

/** "2022-02-24" → "24. Februar 2022" (German long form, no locale data needed). */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}. ${ui.months[(month ?? 1) - 1]} ${year}`;
}

/** A date or a range, shortened where month or year repeat: "4.–11. Februar 1945". */
export function formatDateRange(start: string, end?: string): string {
  if (!end || end === start) return formatDate(start);
  const [y1, m1, d1] = start.split('-').map(Number);
  const [y2, m2] = end.split('-').map(Number);
  if (y1 === y2 && m1 === m2) return `${d1}.–${formatDate(end)}`;
  if (y1 === y2) return `${d1}. ${ui.months[(m1 ?? 1) - 1]} – ${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}
