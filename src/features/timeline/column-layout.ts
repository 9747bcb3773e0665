/**
 * The narrow layout: time runs down a column. Phases are bands at the left, the axis's labels
 * beside them, the marks on the axis, and each label to the right of its mark — moved up or down
 * (never past another label, so leaders never cross) when marks crowd, or left out when it would
 * have to move too far. Pure and deterministic, like the wide layout: the plot, the callouts and
 * the tests all use it.
 */
import { labelHeight } from './label-layout';
import { estimateTextWidth, fitText } from '../../lib/text-width';

/** No text inside the visual is smaller than this on a phone. */
export const COLUMN_FONT_SIZE = 12;

export interface ColumnMetrics {
  width: number;
  height: number;
  fontSize: number;
  /** Left edge and width of each row of phase bands (overlapping phases get a column each). */
  phaseColumns: { x: number; width: number }[];
  /** Where the axis's labels end (right-aligned there) and where the axis line runs. */
  tickLabelRight: number;
  axisX: number;
  markX: number;
  markRadius: number;
  /** Where labels begin, and how wide they may be. */
  labelX: number;
  labelMaxWidth: number;
  /** The height a label takes, with its gap: labels are at least this far apart. */
  slot: number;
  /** How far a label may move from its mark before it is left out. */
  maxShift: number;
  /** Axis labels are at least this far apart. */
  tickSpacing: number;
}

/** The column's plan for a plot of this size and this many rows of phase bands. */
export function columnMetrics(width: number, height: number, phaseRows: number): ColumnMetrics {
  const fontSize = COLUMN_FONT_SIZE;
  const columnWidth = 16;
  const phaseColumns = Array.from({ length: Math.max(1, phaseRows) }, (_, i) => ({
    x: i * (columnWidth + 2),
    width: columnWidth,
  }));
  const phasesRight = phaseColumns[phaseColumns.length - 1]!.x + columnWidth;
  // The widest axis label ("30. Sept.") at 12 px.
  const tickLabelRight = phasesRight + 4 + Math.ceil(estimateTextWidth('30. Sept.', fontSize));
  const axisX = tickLabelRight + 8;
  const markRadius = 5;
  const markX = axisX;
  const labelX = markX + 18;
  const slot = labelHeight(fontSize) + 7;
  return {
    width,
    height,
    fontSize,
    phaseColumns,
    tickLabelRight,
    axisX,
    markX,
    markRadius,
    labelX,
    labelMaxWidth: Math.max(0, width - labelX - 4),
    slot,
    maxShift: slot * 2.5,
    tickSpacing: 30,
  };
}

export interface ColumnItem {
  id: string;
  /** Screen y of the mark; for a period, of its start… */
  y: number;
  /** …and of its end. */
  y2?: number;
  label: string;
  bold?: boolean;
  /** Who gets a label first when there is not room for all: higher first. */
  priority: number;
}

export interface ColumnLabel {
  /** The label's lines (one, or two for a long title) and the whole text. */
  lines: string[];
  text: string;
  /** The text's left x and the vertical centre of its block of lines. */
  x: number;
  y: number;
  /** The vertical centre of its first line, where the leader from the mark arrives. */
  firstLineY: number;
  width: number;
  /** The block's height, its gap included. */
  height: number;
}

export interface ColumnPlaced {
  id: string;
  /** The mark's centre on the axis (a period: from y to y2). */
  x: number;
  y: number;
  y2: number;
  label?: ColumnLabel;
}

/**
 * Centres for blocks of these heights wanted at these centres (sorted), stacked without overlap
 * within [lo, hi]: crowded blocks form a group placed where its members want to be on average,
 * the usual way to spread labels along a line.
 */
export function spreadLabels(
  wanted: readonly number[],
  heights: readonly number[],
  lo: number,
  hi: number,
): number[] {
  type Group = { first: number; n: number; top: number; size: number; pull: number };
  // Within a group, member j's centre is top + offset j; the best top is the mean of
  // (wanted − offset), kept within the bounds.
  const offsets: number[] = [];
  const place = (g: Group) => {
    g.top = Math.min(Math.max(g.pull / g.n, lo), Math.max(lo, hi - g.size));
  };
  const groups: Group[] = [];
  wanted.forEach((y, i) => {
    const h = heights[i]!;
    offsets[i] = h / 2;
    const g: Group = { first: i, n: 1, top: 0, size: h, pull: y - h / 2 };
    place(g);
    groups.push(g);
    while (groups.length > 1) {
      const b = groups[groups.length - 1]!;
      const a = groups[groups.length - 2]!;
      if (a.top + a.size <= b.top + 1e-9) break;
      // b's members sit below a's: their offsets grow by a's size.
      for (let j = b.first; j < b.first + b.n; j++) offsets[j]! += a.size;
      a.pull += b.pull - b.n * a.size;
      a.n += b.n;
      a.size += b.size;
      place(a);
      groups.pop();
    }
  });
  return groups.flatMap((g) =>
    Array.from({ length: g.n }, (_, i) => g.top + offsets[g.first + i]!),
  );
}

/** The title in one line, or in two (broken between words) if one is too narrow. */
function labelLines(text: string, maxWidth: number, fontSize: number, bold?: boolean): string[] {
  if (estimateTextWidth(text, fontSize, bold) <= maxWidth) return [text];
  const words = text.split(' ');
  for (let n = words.length - 1; n > 0; n--) {
    const first = words.slice(0, n).join(' ');
    if (estimateTextWidth(first, fontSize, bold) <= maxWidth) {
      const second = fitText(words.slice(n).join(' '), maxWidth, fontSize, bold);
      return second ? [first, second] : [`${first}…`];
    }
  }
  const one = fitText(text, maxWidth, fontSize, bold);
  return one ? [one] : [];
}

export function layoutColumn(items: readonly ColumnItem[], m: ColumnMetrics): ColumnPlaced[] {
  const r = m.markRadius;
  const lineHeight = labelHeight(m.fontSize);
  const gap = m.slot - lineHeight;
  const visible = items.filter((i) => (i.y2 ?? i.y) + r >= 0 && i.y - r <= m.height);
  const placed = new Map<string, ColumnPlaced>(
    visible.map((i) => [i.id, { id: i.id, x: m.markX, y: i.y, y2: i.y2 ?? i.y }]),
  );
  const labelled = visible.filter((i) => {
    const y = i.y2 !== undefined ? Math.max(i.y, 0) : i.y;
    return y >= 0 && y <= m.height;
  });
  const lines = new Map(
    labelled.map((i) => [i.id, labelLines(i.label, m.labelMaxWidth, m.fontSize, i.bold)]),
  );
  const heightOf = (i: ColumnItem) => lines.get(i.id)!.length * lineHeight + gap;
  // A label's first line is wanted beside its mark (a period: beside its start, or the top).
  const wantedY = (i: ColumnItem) =>
    Math.max(i.y, 0) + (lines.get(i.id)!.length - 1) * (lineHeight / 2);
  const lo = 0;
  const hi = m.height;
  // Labels by priority, then from the top; each stays only if all chosen so far still fit near
  // their marks.
  const order = [...labelled].sort((a, b) => b.priority - a.priority || a.y - b.y);
  let chosen: ColumnItem[] = [];
  let positions: number[] = [];
  for (const item of order) {
    if (lines.get(item.id)!.length === 0) continue;
    // In the order of the marks, so that leaders never cross.
    const next = [...chosen, item].sort(
      (a, b) => Math.max(a.y, 0) - Math.max(b.y, 0) || a.id.localeCompare(b.id),
    );
    const heights = next.map(heightOf);
    const at = spreadLabels(next.map(wantedY), heights, lo, hi);
    const fits =
      heights.reduce((sum, h) => sum + h, 0) <= hi - lo &&
      next.every((c, i) => Math.abs(at[i]! - wantedY(c)) <= m.maxShift);
    if (!fits) continue;
    chosen = next;
    positions = at;
  }
  chosen.forEach((item, i) => {
    const itemLines = lines.get(item.id)!;
    const y = positions[i]!;
    placed.get(item.id)!.label = {
      lines: itemLines,
      text: itemLines.join(' '),
      x: m.labelX,
      y,
      firstLineY: y - ((itemLines.length - 1) * lineHeight) / 2,
      width: Math.max(...itemLines.map((l) => estimateTextWidth(l, m.fontSize, item.bold))),
      height: heightOf(item),
    };
  });
  return items.flatMap((item) => placed.get(item.id) ?? []);
}

/** Pairs of labels that overlap (empty when the layout is sound): for tests and checks. */
export function overlappingColumnLabels(
  placed: readonly ColumnPlaced[],
  fontSize = COLUMN_FONT_SIZE,
): [string, string][] {
  const h = labelHeight(fontSize);
  const labelled = placed.filter((p) => p.label);
  const pairs: [string, string][] = [];
  for (let i = 0; i < labelled.length; i++) {
    for (let j = i + 1; j < labelled.length; j++) {
      const a = labelled[i]!.label!;
      const b = labelled[j]!.label!;
      const apartX = a.x + a.width <= b.x || b.x + b.width <= a.x;
      // The text's own extent (without the gap around it).
      const reach = (l: ColumnLabel) => (l.lines.length * h) / 2;
      if (!apartX && Math.abs(a.y - b.y) < reach(a) + reach(b)) {
        pairs.push([labelled[i]!.id, labelled[j]!.id]);
      }
    }
  }
  return pairs;
}
