import { describe, expect, it } from 'vitest';
import summitJson from '@article/data/summit.json';
import { content } from '../../src/content';
import { summitSchema } from '../../src/content/schema';
import { openingFigure, summitData, summitLabel } from '../../scripts/figures/opening-figure';

/** The narrowest the picture is shown: a 390 px phone's column (390 − 2 × 16 px). */
const NARROW_SHOWN = 358;
/** The narrowest the wide picture is shown: from 36rem (576 px) on. */
const WIDE_SHOWN = 576;

const overlaps = (
  a: { left: number; top: number; right: number; bottom: number },
  b: { left: number; top: number; right: number; bottom: number },
) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the story’s opening picture', () => {
  it('is described by valid data whose places and event exist, the event at the summit’s place', () => {
    expect(summitSchema.safeParse(summitJson).success).toBe(true);
    const summit = summitData();
    expect(content.placeById.has(summit.place)).toBe(true);
    expect(content.eventById.get(summit.event)?.places).toContain(summit.place);
  });

  it('names and dates the summit from the facts: "Anchorage", "15. August 2025"', () => {
    expect(summitLabel()).toEqual(['Anchorage', '15. August 2025']);
  });

  for (const [size, shown] of [
    ['narrow', NARROW_SHOWN],
    ['wide', WIDE_SHOWN],
  ] as const) {
    describe(`${size}`, () => {
      const figure = openingFigure(size);
      const summit = summitData();
      const label = (id: string) => figure.labels.find((l) => l.id === id)!;

      it('names the summit, Ukraine, Russia, Alaska and every further place it lists', () => {
        expect(label(summit.place).text).toBe('Anchorage 15. August 2025');
        for (const id of [
          summit.place,
          'country-ukraine',
          'country-russland',
          'country-alaska',
          ...summit.opening.sizes[size].places,
        ]) {
          expect(label(id).placement, id).not.toBe('hidden');
          expect(figure.svg).toContain(`data-label="${id}"`);
        }
        expect(figure.svg).toContain('>UKRAINE<');
        expect(figure.svg).toContain('>Anchorage<');
        expect(figure.svg).toContain('>15. August 2025<');
      });

      it('keeps its labels apart and inside the frame', () => {
        const boxes = figure.labels.flatMap((l) => (l.box ? [{ id: l.id, box: l.box }] : []));
        for (const [i, a] of boxes.entries()) {
          expect(a.box.left, a.id).toBeGreaterThanOrEqual(0);
          expect(a.box.right, a.id).toBeLessThanOrEqual(figure.width);
          for (const b of boxes.slice(i + 1)) {
            expect(overlaps(a.box, b.box), `${a.id} × ${b.id}`).toBe(false);
          }
        }
      });

      it('sets no text under 12 px where it is shown', () => {
        const sizes = [...figure.svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
        expect(sizes.length).toBeGreaterThan(3);
        expect(Math.min(...sizes) * (shown / figure.width)).toBeGreaterThanOrEqual(12);
      });

      it('shows Alaska east of Chukotka: Anchorage right of Kyiv, both in the frame', () => {
        const [ax] = figure.frame.project(210.107, 61.218);
        const [kx] = figure.frame.project(30.523, 50.45);
        expect(ax).toBeGreaterThan(kx);
        expect(kx).toBeGreaterThan(0);
        expect(ax).toBeLessThan(figure.width);
      });

      it('is a small standalone SVG of the size the page reserves for it', () => {
        expect(figure.svg).toMatch(
          new RegExp(
            `^<svg xmlns="http://www.w3.org/2000/svg" width="${figure.width}" height="${figure.height}"`,
          ),
        );
        expect([figure.width, figure.height]).toEqual(summit.opening.sizes[size].size);
        expect(figure.svg.length).toBeLessThan(40_000);
      });
    });
  }
});
