import { describe, expect, it } from 'vitest';
import { allContentFiles as contentFiles } from './all-files';
import { buildContent } from './build';
import type { CalloutData, StepData } from './schema';
import { validateContent, type RawContent } from './validate';
import { pictureKey } from './validate-steps';

type Raw = RawContent & { article: { sections: { id: string; steps: StepData[] }[] } };

const clone = (): Raw => {
  const files: Partial<typeof contentFiles> = { ...contentFiles };
  delete files.articleText;
  return structuredClone(files) as unknown as Raw;
};
const articleText = contentFiles.articleText;
const errorsOf = (data: Raw) => validateContent(data, articleText);
const section = (data: Raw, id: string) => data.article.sections.find((s) => s.id === id)!;

describe('the story’s steps', () => {
  const content = buildContent(contentFiles);

  it('read every paragraph of the article as a step of its own, in order', () => {
    const paragraphs = content.sections.flatMap((s) => s.paragraphs.map((p) => p.id));
    const firstSteps = content.steps.filter((s) => s.offset === 0).map((s) => s.paragraph);
    expect(firstSteps).toEqual(paragraphs);
    expect(paragraphs).toHaveLength(11);
    expect(content.steps.length).toBeGreaterThan(11);
    // A paragraph split in two starts its second step at a sentence.
    const split = content.stepById.get('putin-auf-augenhoehe-1-b')!;
    expect(content.paragraphById.get(split.paragraph)!.text.slice(split.offset)).toMatch(
      /^Alaska wurde dabei nicht zufällig gewählt:/,
    );
  });

  it('show a different picture at every step, each with one to three callouts', () => {
    content.steps.forEach((step, i) => {
      expect(step.callouts.length).toBeGreaterThanOrEqual(1);
      expect(step.callouts.length).toBeLessThanOrEqual(3);
      if (i > 0) expect(pictureKey(step.visual)).not.toBe(pictureKey(content.steps[i - 1]!.visual));
    });
  });

  it('fail when a paragraph has no step', () => {
    const data = clone();
    section(data, 'europas-sorge').steps.pop();
    expect(errorsOf(data)).toContainEqual(
      expect.stringMatching(/"europas-sorge": paragraph europas-sorge-2 has no step of its own/),
    );
  });

  it('fail when steps leave the text’s order', () => {
    const data = clone();
    section(data, 'naehe-und-misstrauen').steps.reverse();
    expect(errorsOf(data)).toContainEqual(
      expect.stringMatching(/steps must follow the text's order/),
    );
  });

  it('fail when a step inside a paragraph does not start at a sentence, verbatim', () => {
    const data = clone();
    section(data, 'einleitung').steps[1]!.from = 'das erste persönliche Treffen';
    expect(errorsOf(data)).toContainEqual(
      expect.stringMatching(
        /"einleitung-1-b": "das erste persönliche Treffen" is not the verbatim start of a sentence/,
      ),
    );
    const misspelt = clone();
    section(misspelt, 'einleitung').steps[1]!.from = 'Es ist das erste persönliche Gipfeltreffen';
    expect(errorsOf(misspelt)[0]).toMatch(
      /does not start a sentence inside paragraph einleitung-1/,
    );
  });

  it('fail when two steps in a row show the same picture, unless the content says so', () => {
    const data = clone();
    const steps = section(data, 'symbolik-und-substanz').steps;
    steps[1]!.visual = structuredClone(steps[0]!.visual);
    steps[1]!.callouts = [{ ...steps[0]!.callouts[0]! }];
    expect(errorsOf(data)).toContainEqual(
      expect.stringMatching(
        /"symbolik-und-substanz-2": shows the same picture as "symbolik-und-substanz-1"/,
      ),
    );
    steps[1]!.same = true;
    expect(errorsOf(data)).toEqual([]);
    const changed = clone();
    section(changed, 'symbolik-und-substanz').steps[1]!.same = true;
    expect(errorsOf(changed)).toContainEqual(
      expect.stringMatching(/"same" is set, but the picture changes/),
    );
  });

  it('fail with more than three callouts, or none', () => {
    const data = clone();
    const step = section(data, 'putin-auf-augenhoehe').steps[1]!;
    step.callouts.push({ ...step.callouts[0]! });
    expect(errorsOf(data)).toContainEqual(expect.stringMatching(/callouts/));
    const none = clone();
    section(none, 'putin-auf-augenhoehe').steps[1]!.callouts = [];
    expect(errorsOf(none)).toContainEqual(expect.stringMatching(/callouts/));
  });

  const withCallout = (change: (c: CalloutData) => void) => {
    const data = clone();
    change(section(data, 'putin-auf-augenhoehe').steps[1]!.callouts[0]!);
    return errorsOf(data);
  };

  it('fail when a callout hangs on something the picture does not show or cannot draw', () => {
    expect(withCallout((c) => (c.on = 'place:kyiv'))).toContainEqual(
      expect.stringMatching(
        /"putin-auf-augenhoehe-1-b": callout 1: place "kyiv" is not in the step's focus/,
      ),
    );
    expect(withCallout((c) => (c.on = 'place:atlantis'))).toContainEqual(
      expect.stringMatching(/unknown place "atlantis"/),
    );
    expect(withCallout((c) => (c.on = 'event:alaska-summit'))).toContainEqual(
      expect.stringMatching(/the karte view cannot draw it beside a event/),
    );
    expect(withCallout((c) => delete c.on)).toContainEqual(
      expect.stringMatching(/only the context card takes a callout without a target/),
    );
  });

  it('fail when newsroom wording names no source, or an article quote is not verbatim', () => {
    expect(withCallout((c) => (c.sources = []))).toContainEqual(
      expect.stringMatching(/newsroom wording names the sources of its facts/),
    );
    expect(withCallout((c) => (c.sources = ['wikipedia']))).toContainEqual(
      expect.stringMatching(/unknown source "wikipedia"/),
    );
    expect(
      withCallout((c) => {
        c.provenance = 'artikel';
        c.sources = [];
      }),
    ).toContainEqual(
      expect.stringMatching(/the article's words must stand verbatim in putin-auf-augenhoehe-1/),
    );
  });
});
