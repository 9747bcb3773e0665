import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fitText } from './text-width';

describe('the label width estimate', () => {
  it('knows narrow from wide letters, and bold from regular', () => {
    expect(estimateTextWidth('iiii', 10)).toBeLessThan(estimateTextWidth('MMMM', 10));
    expect(estimateTextWidth('Kiew', 12, true)).toBeGreaterThan(estimateTextWidth('Kiew', 12));
    expect(estimateTextWidth('Kiew', 24)).toBeCloseTo(2 * estimateTextWidth('Kiew', 12), 6);
  });

  it('is never narrower than DejaVu Sans, the widest common sans (measured in Chromium)', () => {
    // DejaVu Sans Bold at 100 px.
    expect(estimateTextWidth('Russland', 100, true)).toBeGreaterThanOrEqual(512);
    expect(estimateTextWidth('Selenskyj', 100, true)).toBeGreaterThanOrEqual(539);
    expect(estimateTextWidth('IStGH', 100, true)).toBeGreaterThanOrEqual(323);
  });

  it('counts letters it does not know as wide, never as narrow', () => {
    expect(estimateTextWidth('Київ', 10)).toBeGreaterThanOrEqual(estimateTextWidth('WWWW', 10) - 1);
  });

  it('shortens at a word with an ellipsis so that the text fits, or gives up', () => {
    const title = 'Russlands großangelegte Invasion der Ukraine';
    const short = fitText(title, 140, 12);
    expect(short.endsWith('…')).toBe(true);
    expect(title.startsWith(short.slice(0, -1).trimEnd())).toBe(true);
    expect(estimateTextWidth(short, 12)).toBeLessThanOrEqual(140);
    expect(fitText(title, 1000, 12)).toBe(title);
    expect(fitText(title, 5, 12)).toBe('');
    // Never mid-word: the shown words stay words of the accessible name.
    expect(fitText('Budapester Memorandum unterzeichnet', 150, 12)).toBe('Budapester…');
    expect(fitText('Verfassungswidrigkeitsbeschwerde', 60, 12)).toBe('');
  });
});
