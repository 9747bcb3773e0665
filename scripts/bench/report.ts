/** Figures, their bars, the table on the terminal, and the JSON files to compare runs with. */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Unit = 'KB' | 'ms' | 's' | 'score' | 'MB' | 'count' | '';

export interface Bar {
  op: '<=' | '>=';
  limit: number;
}

export interface Figure {
  key: string;
  group: string;
  label: string;
  value: number | null;
  unit: Unit;
  bar?: Bar;
  /** Set when the figure has a bar: missing values fail. */
  pass?: boolean;
  note?: string;
}

export const atMost = (limit: number): Bar => ({ op: '<=', limit });
export const atLeast = (limit: number): Bar => ({ op: '>=', limit });

export function judge(figure: Omit<Figure, 'pass'>): Figure {
  if (!figure.bar) return figure;
  const { value, bar } = figure;
  const pass = value !== null && (bar.op === '<=' ? value <= bar.limit : value >= bar.limit);
  return { ...figure, pass };
}

const DECIMALS: Record<Unit, number> = { KB: 1, ms: 1, s: 2, score: 0, MB: 1, count: 0, '': 3 };

export function format(value: number | null, unit: Unit): string {
  if (value === null) return '—';
  const decimals = unit === 'ms' && Math.abs(value) >= 100 ? 0 : DECIMALS[unit];
  const text = value.toFixed(decimals);
  return unit === '' || unit === 'score' || unit === 'count' ? text : `${text} ${unit}`;
}

function formatBar(bar: Bar | undefined, unit: Unit): string {
  if (!bar) return '';
  const limit = unit === 'count' || unit === 'score' ? String(bar.limit) : format(bar.limit, unit);
  return `${bar.op === '<=' ? '≤' : '≥'} ${limit}`;
}

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
export const red = (t: string) => paint(31, t);
export const green = (t: string) => paint(32, t);
export const yellow = (t: string) => paint(33, t);
export const dim = (t: string) => paint(2, t);
export const bold = (t: string) => paint(1, t);

export interface Results {
  schema: 1;
  date: string;
  mode: 'full' | 'quick';
  machine: Record<string, unknown>;
  settings: Record<string, unknown>;
  bars: unknown;
  figures: Record<string, Omit<Figure, 'key'>>;
  failed: string[];
  errors: string[];
  details: Record<string, unknown>;
}

function delta(figure: Figure, base: number | null | undefined): string {
  if (base === undefined) return dim('new');
  if (base === null || figure.value === null) return dim('—');
  const diff = figure.value - base;
  const decimals = figure.unit === 'ms' && Math.abs(diff) >= 100 ? 0 : DECIMALS[figure.unit];
  if (Number(diff.toFixed(decimals)) === 0) return dim('±0');
  const sign = diff > 0 ? '+' : '−';
  const pct = base !== 0 ? ` (${sign}${Math.abs((diff / base) * 100).toFixed(0)} %)` : '';
  const text = `${sign}${format(Math.abs(diff), figure.unit)}${pct}`;
  // Colour by direction only where a bar says which direction is better.
  if (!figure.bar) return text;
  const worse = figure.bar.op === '<=' ? diff > 0 : diff < 0;
  return worse ? red(text) : green(text);
}

// eslint-disable-next-line no-control-regex
const visibleLength = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').length;
const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - visibleLength(s)));
const padStart = (s: string, width: number) =>
  ' '.repeat(Math.max(0, width - visibleLength(s))) + s;

export function printTable(figures: Figure[], baseline: Results | null): void {
  const labelWidth = Math.max(...figures.map((f) => f.label.length), 6) + 2;
  const header = [
    pad('figure', labelWidth),
    padStart('value', 12),
    '  ',
    pad('bar', 12),
    pad('result', 7),
    baseline ? `Δ vs baseline (${baseline.date.slice(0, 16)})` : '',
  ].join('');
  console.log(bold(header));
  let group = '';
  for (const f of figures) {
    if (f.group !== group) {
      group = f.group;
      console.log(dim(`── ${group} ${'─'.repeat(Math.max(0, labelWidth + 30 - group.length))}`));
    }
    const result = f.pass === undefined ? '' : f.pass ? green('pass') : red('FAIL');
    const base = baseline ? baseline.figures[f.key]?.value : undefined;
    console.log(
      [
        pad(f.label, labelWidth),
        padStart(format(f.value, f.unit), 12),
        '  ',
        pad(formatBar(f.bar, f.unit), 12),
        pad(result, 7),
        baseline ? delta(f, base) : '',
        f.note ? dim(`  ${f.note}`) : '',
      ].join(''),
    );
  }
}

export function readBaseline(path: string): Results | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Results;
  } catch (error) {
    console.warn(yellow(`! ${path} is not readable JSON, no comparison: ${String(error)}`));
    return null;
  }
}

/** Writes through a .tmp file and a rename, so a reader never sees half a file. */
export function writeJson(path: string, data: unknown): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(tmp, path);
}
