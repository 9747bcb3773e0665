/** The drawing of one event's mark, the phases' tones, and the hatching of the time after the article. */
import type { Emphasis } from '../../lib/actor-match';

export const phaseTone = [
  'var(--timeline-phase-1)',
  'var(--timeline-phase-2)',
  'var(--timeline-phase-3)',
];

/** The hatching of the time after the article was written (`fill="url(#id)"`), for rows and column. */
export function AfterArticlePattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={id}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" className="timeline__after-bg" />
        <line x1="0" y1="0" x2="0" y2="6" className="timeline__after-line" />
      </pattern>
    </defs>
  );
}

/**
 * One mark: a pie of its actors' colours (a diamond after the article), a bar for a period
 * (across from x0 to x1, or, in the narrow layout, down from y to y1).
 */
export function Mark({
  x0,
  x1,
  y,
  y1 = y,
  r,
  actors,
  emphasis,
  afterArticle,
}: {
  x0: number;
  x1: number;
  y: number;
  y1?: number;
  r: number;
  actors: string[];
  emphasis: Emphasis;
  afterArticle: boolean;
}) {
  const colours = emphasis === 'dimmed' || actors.length === 0 ? [] : actors;
  const fillClass = colours.length === 0 ? `timeline__fill--${emphasis}` : '';
  if (y1 - y > r) {
    return (
      <rect
        className={`timeline__mark timeline__bar ${fillClass} ${colours[0] ? `timeline__fill--${colours[0]}` : ''}`}
        x={x0 - r * 0.8}
        y={y - r * 0.8}
        width={r * 1.6}
        height={y1 - y + r * 1.6}
        rx={r * 0.8}
      />
    );
  }
  if (x1 - x0 > r) {
    return (
      <rect
        className={`timeline__mark timeline__bar ${fillClass} ${colours[0] ? `timeline__fill--${colours[0]}` : ''}`}
        x={x0 - r * 0.8}
        y={y - r * 0.8}
        width={x1 - x0 + r * 1.6}
        height={r * 1.6}
        rx={r * 0.8}
      />
    );
  }
  if (afterArticle) {
    const s = r * 1.05;
    return (
      <path
        className={`timeline__mark timeline__diamond ${fillClass} ${colours[0] ? `timeline__fill--${colours[0]}` : ''}`}
        d={`M${x0},${y - s * 1.2}L${x0 + s * 1.2},${y}L${x0},${y + s * 1.2}L${x0 - s * 1.2},${y}Z`}
      />
    );
  }
  if (colours.length <= 1) {
    return (
      <circle
        className={`timeline__mark ${fillClass} ${colours[0] ? `timeline__fill--${colours[0]}` : ''}`}
        cx={x0}
        cy={y}
        r={r}
      />
    );
  }
  // A pie without d3-shape: each actor is a dash of a circle whose stroke is as wide as its radius.
  const inner = r / 2;
  const circumference = 2 * Math.PI * inner;
  const slice = circumference / colours.length;
  return (
    <g className="timeline__mark timeline__pie" transform={`rotate(-90 ${x0} ${y})`}>
      <circle className="timeline__pie-base" cx={x0} cy={y} r={r} />
      {colours.map((actor, i) => (
        <circle
          key={actor}
          className={`timeline__slice timeline__stroke--${actor}`}
          cx={x0}
          cy={y}
          r={inner}
          strokeWidth={r}
          strokeDasharray={`${slice} ${circumference}`}
          strokeDashoffset={-i * slice}
        />
      ))}
    </g>
  );
}
