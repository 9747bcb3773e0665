import { useMemo } from 'react';
import type { Callout } from '../../content';
import { CalloutLayer, calloutWords, type CalloutSpot } from '../../components/ui/callout-layer';
import type { Box } from '../../lib/callout-placement';
import type { DiagramLayout } from './layout-types';

/**
 * The step's callouts in the diagram: each beside its actor's node or its relation's label (or
 * the middle of its line), where it covers no node and no label. The diagram is scaled to fit its
 * box (preserveAspectRatio "xMidYMid meet"); the callouts are not, so their text keeps its size.
 */
export function DiagramCallouts({
  callouts,
  layout,
  size,
}: {
  callouts: readonly Callout[];
  layout: DiagramLayout;
  size: { width: number; height: number };
}) {
  const { spots, obstacles } = useMemo(() => {
    const s = Math.min(size.width / layout.width, size.height / layout.height);
    const ox = (size.width - layout.width * s) / 2;
    const oy = (size.height - layout.height * s) / 2;
    const toBox = (b: { x: number; y: number; width: number; height: number }, pad = 0): Box => ({
      left: ox + (b.x - b.width / 2) * s - pad,
      right: ox + (b.x + b.width / 2) * s + pad,
      top: oy + (b.y - b.height / 2) * s - pad,
      bottom: oy + (b.y + b.height / 2) * s + pad,
    });
    // A relation's callout takes the place of its label (the diagram leaves that label out).
    const replaced = new Set(
      callouts.flatMap((c) => (c.target?.type === 'relation' ? [c.target.id] : [])),
    );
    const obstacles: Box[] = [
      ...layout.nodes.map((n) => toBox(n, 4)),
      ...layout.edges.flatMap((e) => (e.label && !replaced.has(e.id) ? [toBox(e.label)] : [])),
    ];
    const spots: CalloutSpot[] = callouts.flatMap((c, i) => {
      const target = c.target;
      if (!target) return [];
      let at: { x: number; y: number; height: number } | undefined;
      let over = false;
      if (target.type === 'actor') {
        at = layout.nodes.find((n) => n.id === target.id);
      } else if (target.type === 'relation') {
        const edge = layout.edges.find((e) => e.id === target.id);
        const middle = edge?.points[Math.floor(edge.points.length / 2)];
        at = edge?.label ?? (middle ? { x: middle[0], y: middle[1], height: 0 } : undefined);
        over = true;
      }
      if (!at || !(s > 0)) return [];
      return [
        {
          key: `${i}`,
          text: calloutWords(c),
          x: ox + at.x * s,
          y: oy + at.y * s,
          gap: (at.height / 2) * s + 12,
          start: (at.height / 2) * s + 2,
          over,
        },
      ];
    });
    return { spots, obstacles };
  }, [callouts, layout, size]);
  if (spots.length === 0) return null;
  return <CalloutLayer spots={spots} frame={size} obstacles={obstacles} />;
}
