/**
 * The timeline's view of the content: events as dated items in lanes, the scale's segments and
 * the phases, all derived from the data (dates are never typed here).
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { Content } from '../../content';
import type { TimelineEvent } from '../../content/schema';
import { ui } from '@locale/ui';
import { formatDateRange } from '../../lib/dates';
import { describeTarget } from '../../components/facts/fact-summary';
import { filterActorsOf } from '../../lib/actor-match';
import { phases, resolvePhases, summitEvent, type Phase, type PhaseSpec } from './phases';
import type { SegmentSpec, TickLevel } from './piecewise-scale';
import { timelineUi } from '@locale/chronik';

export type Lane = TimelineEvent['category'];

/** Top to bottom: the war and the diplomacy the article is about first, the prehistory last. */
export const laneOrder: readonly Lane[] = ['krieg', 'diplomatie', 'recht', 'geschichte'];

export interface TimelineItem {
  id: string;
  event: TimelineEvent;
  start: Date;
  end?: Date;
  lane: Lane;
  /** The filterable actors it concerns (a person counts for its state). */
  actors: string[];
  /** It happened after the article was written (the flag the fact detail shows). */
  afterArticle: boolean;
  dateLabel: string;
  /** The accessible name: "24. Februar 2022: Titel". */
  name: string;
}

export interface TimelineModel {
  items: TimelineItem[];
  lanes: { id: Lane; label: string; weight: number }[];
  segments: SegmentSpec[];
  phases: Phase[];
  /** The summit's event id (checked against the content); none without a summit. */
  summit?: string;
  /** Where the part of the timeline after the article begins (undefined: nothing after it). */
  afterArticleFrom?: Date;
  domain: [Date, Date];
}

export const parseDay = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Marks sit at midday, so that in a view of days each one is centred on its day. */
const midday = (iso: string) => new Date(parseDay(iso).getTime() + 43_200_000);

export function buildTimelineModel(
  content: Content,
  phaseSpecs: readonly PhaseSpec[] = phases,
): TimelineModel {
  const items = content.events.map((event): TimelineItem => {
    const dateLabel = formatDateRange(event.date, event.dateEnd);
    const flags = describeTarget({ type: 'event', id: event.id })?.flags ?? [];
    const afterArticle = flags.includes(ui.popover.afterArticle);
    const name = timelineUi.eventName(dateLabel, event.title);
    return {
      id: event.id,
      event,
      start: midday(event.date),
      ...(event.dateEnd ? { end: midday(event.dateEnd) } : {}),
      lane: event.category,
      actors: filterActorsOf(content, event.actors),
      afterArticle,
      dateLabel,
      name: afterArticle ? `${name} (${timelineUi.afterArticleSuffix})` : name,
    };
  });

  // A lane gets room by how many events it holds, damped so that a quiet lane stays readable.
  const lanes = laneOrder.map((id) => ({
    id,
    label: timelineUi.lanes[id],
    weight: Math.sqrt(Math.max(1, items.filter((i) => i.lane === id).length)),
  }));

  const resolved = resolvePhases(content, phaseSpecs);
  const first = content.events[0]!;
  const lastDate = content.events.reduce(
    (max, e) => ((e.dateEnd ?? e.date) > max ? (e.dateEnd ?? e.date) : max),
    first.date,
  );
  // The segments follow the phases: everything before the first phase is prehistory (compressed),
  // the year the last phase begins gets room of its own for its weeks.
  const start = utcYear.floor(parseDay(first.date));
  // Without phases, the whole span is one segment.
  const [firstPhase, lastPhase] = [resolved[0], resolved.at(-1)];
  const warFrom = firstPhase ? utcYear.floor(parseDay(firstPhase.startDate)) : start;
  const focusFrom = lastPhase ? utcYear.floor(parseDay(lastPhase.startDate)) : start;
  const end = utcMonth.ceil(utcDay.offset(parseDay(lastDate), 10));
  const segments: SegmentSpec[] = [
    { id: 'vorgeschichte', start, end: warFrom, weight: 0.17 },
    { id: 'krieg', start: warFrom, end: focusFrom, weight: 0.45 },
    { id: 'fokus', start: focusFrom, end, weight: 0.38 },
  ].filter((s) => s.end > s.start);

  const after = items.filter((i) => i.afterArticle).map((i) => i.event.date);
  if (summitEvent && !content.eventById.has(summitEvent)) {
    throw new Error(`unknown summit event "${summitEvent}"`);
  }
  return {
    ...(summitEvent ? { summit: summitEvent } : {}),
    items,
    lanes,
    segments,
    phases: resolved,
    ...(after.length ? { afterArticleFrom: parseDay(after.sort()[0]!) } : {}),
    domain: [start, end],
  };
}

/** An axis label in German: "1900", "2025", "März", "15. Aug.". */
export function tickLabel(date: Date, level: TickLevel): string {
  const month = date.getUTCMonth();
  const short = timelineUi.monthsShort[month]!;
  switch (level) {
    case 'year':
      return String(date.getUTCFullYear());
    case 'month':
      return month === 0 ? String(date.getUTCFullYear()) : short;
    default:
      return `${date.getUTCDate()}. ${short}`;
  }
}

/** A short date for the visible range: "Aug. 2025", or "15. Aug. 2025" when days matter. */
export function shortDate(date: Date, withDay: boolean): string {
  const month = timelineUi.monthsShort[date.getUTCMonth()]!;
  const year = date.getUTCFullYear();
  return withDay ? `${date.getUTCDate()}. ${month} ${year}` : `${month} ${year}`;
}
