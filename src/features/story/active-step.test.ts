import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ABOVE_READING_LINE_MARGIN,
  observeSteps,
  resetActiveStep,
  setActiveStep,
  useActiveStep,
  type ActiveStep,
} from './active-step';

/** An IntersectionObserver the test drives: it reports what the test says crossed its margin. */
class FakeObserver {
  static all: FakeObserver[] = [];
  targets = new Set<Element>();
  constructor(
    private callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit,
  ) {
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.targets.clear();
  }
  takeRecords() {
    return [];
  }
  report(changes: [string, boolean][]) {
    const entries = changes.map(([id, isIntersecting]) => {
      const target = document.getElementById(id)!;
      expect(this.targets.has(target)).toBe(true);
      // The observer reads only these two fields.
      return { target, isIntersecting } as unknown as IntersectionObserverEntry;
    });
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

const byMargin = (margin: string) => FakeObserver.all.find((o) => o.options.rootMargin === margin)!;

describe('the reading position', () => {
  let stop: () => void;
  const sections: string[] = [];

  beforeEach(() => {
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    document.body.innerHTML = `
      <article>
        <section id="s1" data-section="s1"><p id="s1-1">a</p></section>
        <section id="s2" data-section="s2">
          <p id="s2-1" data-step="s2-1">b</p>
          <p id="s2-2" data-step="s2-2">c <span id="s2-2-b" data-step="s2-2-b">d</span></p>
        </section>
        <section id="s3" data-section="s3"><p id="s3-1">d</p></section>
      </article>`;
    sections.length = 0;
    stop = observeSteps(document.querySelector('article')!, (id) => sections.push(id));
  });

  afterEach(() => {
    stop();
    vi.unstubAllGlobals();
    resetActiveStep();
  });

  /** The position the story's store holds (as the panel and the contents read it). */
  function position(): ActiveStep | null {
    const { result, unmount } = renderHook(() => useActiveStep('none'));
    const current = result.current;
    unmount();
    return current.section === 'none' ? null : current;
  }

  it('is the last section whose top has crossed the line, even one crossed between two frames', () => {
    const above = byMargin(ABOVE_READING_LINE_MARGIN);
    above.report([['s1', true]]);
    expect(position()).toEqual({ section: 's1', step: null });
    // A fast scroll carries the line past all of s2 and into s3 between two frames.
    above.report([
      ['s2', true],
      ['s3', true],
    ]);
    expect(position()).toEqual({ section: 's3', step: null });
    expect(sections).toEqual(['s1', 's3']);
  });

  it('takes the last step of the current section whose top has crossed the line, until the next section', () => {
    const above = byMargin(ABOVE_READING_LINE_MARGIN);
    above.report([['s1', true]]);
    // A step of another section does not count.
    above.report([['s2-2', true]]);
    expect(position()).toEqual({ section: 's1', step: null });
    above.report([['s2', true]]);
    expect(position()).toEqual({ section: 's2', step: 's2-2' });
    // The step holds while the line is in the gap below its paragraph (it stays above the line).
    above.report([['s2-2', false]]);
    expect(position()).toEqual({ section: 's2', step: null });
    above.report([['s2-2', true]]);
    above.report([['s3', true]]);
    expect(position()).toEqual({ section: 's3', step: null });
    // Scrolling back up: s3's top goes below the line again, and s2's step is back.
    above.report([['s3', false]]);
    expect(position()).toEqual({ section: 's2', step: 's2-2' });
    above.report([
      ['s2-2', false],
      ['s2', false],
    ]);
    expect(position()).toEqual({ section: 's1', step: null });
    expect(sections).toEqual(['s1', 's2', 's3', 's2', 's1']);
  });

  it('keeps the position while no section has crossed the line', () => {
    setActiveStep({ section: 's2', step: null });
    byMargin(ABOVE_READING_LINE_MARGIN).report([['s2-2', false]]);
    expect(position()).toEqual({ section: 's2', step: null });
    expect(sections).toEqual([]);
  });
});
