import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { ui } from '@locale/ui';
import { formatDateRange } from '../../lib/dates';
import { describeTarget } from '../../components/facts/fact-summary';
import { filterActorsOf } from '../../lib/actor-match';
import { buildTimelineModel, tickLabel } from './timeline-model';

const model = buildTimelineModel(content);

describe("the timeline's model of the content", () => {
  it('has every event of the content, in a lane of its category, named by date and title', () => {
    expect(model.items.map((i) => i.id)).toEqual(content.events.map((e) => e.id));
    for (const item of model.items) {
      expect(item.lane).toBe(item.event.category);
      expect(
        item.name.startsWith(
          `${formatDateRange(item.event.date, item.event.dateEnd)}: ${item.event.title}`,
        ),
      ).toBe(true);
      expect(item.actors).toEqual(filterActorsOf(content, item.event.actors));
    }
    expect(model.lanes.map((l) => l.label).sort()).toEqual([
      'Diplomatie',
      'Geschichte',
      'Krieg',
      'Recht',
    ]);
  });

  it('marks the events after the article as the fact detail flags them, and says so in their name', () => {
    for (const item of model.items) {
      const flagged = describeTarget({ type: 'event', id: item.id })!.flags.includes(
        ui.popover.afterArticle,
      );
      expect(item.afterArticle).toBe(flagged);
      expect(item.name.includes('nach Erscheinen des Artikels')).toBe(flagged);
    }
    const first = model.items
      .filter((i) => i.afterArticle)
      .map((i) => i.event.date)
      .sort()[0];
    expect(model.afterArticleFrom?.toISOString().slice(0, 10)).toBe(first);
  });

  it('covers every event with contiguous segments: prehistory up to the first phase, its own room for the last', () => {
    const [pre, war, focus] = model.segments;
    expect(pre!.end).toEqual(war!.start);
    expect(war!.end).toEqual(focus!.start);
    expect(pre!.end.getUTCFullYear()).toBe(Number(model.phases[0]!.startDate.slice(0, 4)));
    expect(focus!.start.getUTCFullYear()).toBe(
      Number(model.phases[model.phases.length - 1]!.startDate.slice(0, 4)),
    );
    for (const item of model.items) {
      expect(item.start >= model.domain[0] && (item.end ?? item.start) < model.domain[1]).toBe(
        true,
      );
    }
  });

  it('draws an article without phases as one stretch of time, every event on it', () => {
    const model = buildTimelineModel(content, []);
    expect(model.phases).toEqual([]);
    expect(model.segments).toHaveLength(1);
    const [from, to] = model.domain;
    for (const item of model.items) {
      expect(item.start >= from && item.start <= to, item.id).toBe(true);
    }
  });

  it('labels the axis in German', () => {
    const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(tickLabel(d('2014-01-01'), 'year')).toBe('2014');
    expect(tickLabel(d('2025-03-01'), 'month')).toBe('März');
    expect(tickLabel(d('2025-01-01'), 'month')).toBe('2025');
    expect(tickLabel(d('2025-08-11'), 'week')).toBe('11. Aug.');
  });
});
