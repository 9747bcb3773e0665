/**
 * Where each event's label goes. Pure and deterministic: every mark sits on its lane's line at its
 * date; its label goes beside it on that line if it covers no other mark, or into a row below with
 * a thin leader line, in the first row where it touches no other label, mark or leader. Labels that
 * fit nowhere are left out (the mark stays, reachable by keyboard, by zooming, and in the list).
 */
import { estimateTextWidth, fitText } from '../../lib/text-width';

export interface LayoutItem {
  id: string;
  /** Index of the lane the item belongs to. */
  lane: number;
  /** Screen x of the mark; for a period, of its start… */
  x: number;
  /** …and of its end. */
  x2?: number;
  label: string;
  bold?: boolean;
  /** Who gets a label first when there is not room for all: higher first. */
  priority: number;
}

export interface LaneSpec {
  /** The top of the lane's first row (the marks' line). */
  top: number;
  rows: number;
}

export interface LayoutOptions {
  width: number;
  rowHeight: number;
  fontSize: number;
  /** How far a mark (with its highlight ring) reaches from its centre. */
  markRadius: number;
  /** Space between a mark and its label, and between neighbours in a row. */
  gap: number;
  maxLabelWidth: number;
}

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface PlacedLabel extends Box {
  text: string;
  row: number;
  /** Where the text is anchored: after its x ('start') or before it ('end'). */
  anchor: 'start' | 'end';
  /** The text's anchor x and vertical centre. */
  x: number;
  y: number;
  /** For a label in a lower row: the vertical line from the mark down to it. */
  leader?: { x: number; y0: number; y1: number };
}

export interface PlacedItem {
  id: string;
  lane: number;
  /** The mark's vertical centre: the lane's line. */
  y: number;
  x0: number;
  x1: number;
  label?: PlacedLabel;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The height a label takes: the face's ascent plus descent (DejaVu Sans: 1.17 em). */
export const labelHeight = (fontSize: number) => Math.ceil(fontSize * 1.17);

const LEADER_HALF = 1.5;

export function layoutLabels(
  items: readonly LayoutItem[],
  lanes: readonly LaneSpec[],
  options: LayoutOptions,
): PlacedItem[] {
  const { width, rowHeight, fontSize, markRadius, gap, maxLabelWidth } = options;
  const textHeight = labelHeight(fontSize);
  if (textHeight > rowHeight) throw new Error('rows must be at least as tall as a label');
  const rowY = (lane: number, row: number) => lanes[lane]!.top + row * rowHeight + rowHeight / 2;
  /** Per lane and row: the boxes taken (labels, marks, leaders) and whose they are. */
  const taken = lanes.map((lane) =>
    Array.from({ length: Math.max(1, lane.rows) }, () => [] as { box: Box; id: string }[]),
  );
  const free = (lane: number, row: number, box: Box, own: string) => {
    const padded = { ...box, x0: box.x0 - gap / 2, x1: box.x1 + gap / 2 };
    return taken[lane]![row]!.every((t) => t.id === own || !overlaps(padded, t.box));
  };

  const visible = items.filter(
    (item) =>
      item.lane >= 0 &&
      item.lane < lanes.length &&
      (item.x2 ?? item.x) + markRadius >= 0 &&
      item.x - markRadius <= width,
  );
  const placed = new Map<string, PlacedItem>();
  for (const item of visible) {
    const y = rowY(item.lane, 0);
    const x1 = item.x2 ?? item.x;
    taken[item.lane]![0]!.push({
      box: {
        x0: item.x - markRadius,
        x1: x1 + markRadius,
        y0: y - rowHeight / 2,
        y1: y + rowHeight / 2,
      },
      id: item.id,
    });
    placed.set(item.id, { id: item.id, lane: item.lane, y, x0: item.x, x1 });
  }

  // Labels in order of priority, then from right to left: the first free spot wins. Going right to
  // left, a crowd of marks stacks its labels as a staircase whose leaders never cross a label.
  const byPriority = [...visible].sort((a, b) => b.priority - a.priority || b.x - a.x);
  for (const item of byPriority) {
    const text = fitText(item.label, maxLabelWidth, fontSize, item.bold);
    if (!text) continue;
    const textWidth = estimateTextWidth(text, fontSize, item.bold);
    const mark = placed.get(item.id)!;
    const rows = taken[item.lane]!.length;
    // Beside the mark first; then below it. A label right of its mark takes the highest free row;
    // one left of its mark (near the right edge) the lowest, so the marks further left (placed
    // after it) can still drop their leaders past it into the rows above.
    const below = Array.from({ length: rows - 1 }, (_, i) => i + 1);
    const candidates: [number, 'start' | 'end'][] = [
      [0, 'start'],
      [0, 'end'],
      ...below.map((row): [number, 'start'] => [row, 'start']),
      ...below.reverse().map((row): [number, 'end'] => [row, 'end']),
    ];
    for (const [row, anchor] of candidates) {
      const y = rowY(item.lane, row);
      const y0 = y - textHeight / 2;
      const y1 = y + textHeight / 2;
      let x: number;
      let box: Box;
      let leader: PlacedLabel['leader'];
      if (row === 0) {
        x = anchor === 'start' ? mark.x1 + markRadius : mark.x0 - markRadius;
        box =
          anchor === 'start'
            ? { x0: x, x1: x + textWidth, y0, y1 }
            : { x0: x - textWidth, x1: x, y0, y1 };
      } else {
        // The leader drops from the mark's end nearest the label; the text starts beside it.
        const lx = anchor === 'start' ? mark.x0 : mark.x1;
        x = anchor === 'start' ? lx + gap : lx - gap;
        box =
          anchor === 'start'
            ? { x0: lx - LEADER_HALF, x1: x + textWidth, y0, y1 }
            : { x0: x - textWidth, x1: lx + LEADER_HALF, y0, y1 };
        leader = { x: lx, y0: mark.y, y1: y };
      }
      if (box.x0 < 0 || box.x1 > width) continue;
      if (!free(item.lane, row, box, item.id)) continue;
      const leaderBoxes = leader
        ? Array.from({ length: row - 1 }, (_, i) => {
            const ry = rowY(item.lane, i + 1);
            return {
              row: i + 1,
              box: {
                x0: leader.x - LEADER_HALF,
                x1: leader.x + LEADER_HALF,
                y0: ry - rowHeight / 2,
                y1: ry + rowHeight / 2,
              },
            };
          })
        : [];
      if (!leaderBoxes.every((l) => free(item.lane, l.row, l.box, item.id))) continue;
      taken[item.lane]![row]!.push({ box, id: item.id });
      for (const l of leaderBoxes) taken[item.lane]![l.row]!.push({ box: l.box, id: item.id });
      mark.label = { ...box, text, row, anchor, x, y, ...(leader ? { leader } : {}) };
      break;
    }
  }

  return items.flatMap((item) => placed.get(item.id) ?? []);
}

/** Pairs of labels whose boxes overlap (empty when the layout is sound): for tests and checks. */
export function overlappingLabels(placed: readonly PlacedItem[]): [string, string][] {
  const labelled = placed.filter((p) => p.label);
  const pairs: [string, string][] = [];
  for (let i = 0; i < labelled.length; i++) {
    for (let j = i + 1; j < labelled.length; j++) {
      if (overlaps(labelled[i]!.label!, labelled[j]!.label!)) {
        pairs.push([labelled[i]!.id, labelled[j]!.id]);
      }
    }
  }
  return pairs;
}
