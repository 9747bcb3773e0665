import { describe, expect, it } from 'vitest';
import { colourDifference, contrast, deltaE2000 } from './colour';

describe('colour maths', () => {
  it('computes WCAG contrast as published (black on white is 21:1, a known pair 4.54:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('computes CIEDE2000 as the published test data (Sharma, Wu and Dalal 2005, pairs 1, 7, 17)', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(colourDifference('#336699', '#336699')).toBe(0);
  });

  it('sees a brick red and an olive apart, and nearly alike without green cones', () => {
    const [red, olive] = ['#b23a16', '#7d6200'];
    expect(colourDifference(red, olive)).toBeGreaterThan(25);
    expect(colourDifference(red, olive, 'deuteranopia')).toBeLessThan(3);
    expect(colourDifference(red, olive, 'protanopia')).toBeLessThan(8);
    expect(colourDifference(red, olive, 'tritanopia')).toBeGreaterThan(12);
  });
});
