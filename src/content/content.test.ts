import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allContentFiles as contentFiles } from './all-files';
import { validateContent, type RawContent } from './validate';

const clone = (): RawContent => {
  const files: Partial<typeof contentFiles> = { ...contentFiles };
  delete files.articleText;
  return structuredClone(files) as RawContent;
};
const articleText = contentFiles.articleText;

describe('the content files', () => {
  it('are valid and every reference resolves', () => {
    expect(validateContent(clone(), articleText)).toEqual([]);
  });

  it('name the file and the id when an annotation points at a missing place', () => {
    const data = clone() as { annotations: { marks: { id: string; target: string }[] }[] };
    data.annotations[0]!.marks[0]!.target = 'place:atlantis';
    const errors = validateContent(data as unknown as RawContent, articleText);
    expect(errors).toContainEqual(
      expect.stringMatching(/annotations\.json: "trump-1": unknown place "atlantis"/),
    );
  });

  it('name the file and the id when a schema field is wrong', () => {
    const data = clone() as { events: { id: string; date: string }[] };
    data.events[0]!.date = '30.03.1867';
    const errors = validateContent(data as unknown as RawContent, articleText);
    expect(errors).toContainEqual(
      expect.stringMatching(/events\.json: "alaska-treaty" at 0\.date/),
    );
  });

  it('fail when an annotation quotes words that are not in its paragraph', () => {
    const data = clone() as { annotations: { marks: { quote: string }[] }[] };
    data.annotations[0]!.marks[0]!.quote = 'Angela Merkel';
    expect(validateContent(data as unknown as RawContent, articleText)[0]).toMatch(
      /quote "Angela Merkel" not found in paragraph einleitung-1/,
    );
  });

  it('fail when a section heading no longer matches the article', () => {
    const data = clone() as { article: { sections: { heading: string }[] } };
    data.article.sections[2]!.heading = 'Eine andere Überschrift';
    expect(validateContent(data as unknown as RawContent, articleText)[0]).toMatch(
      /article\.json: "ohne-die-ukraine"/,
    );
  });

  // The author's file as delivered (5439 bytes), by its SHA-256: any edit to the copy in the
  // repository, a repaired typo or a changed line ending, fails here.
  const delivered = 'e414bb736e26360c510deb7761ed1905cca2f0353742c9ed8661c8caefde30c3';
  it('keep the article file identical to the one the author delivered', () => {
    const copy = readFileSync(
      join(import.meta.dirname, '../articles/alaska-gipfel/record/alaska-gipfel.de.txt'),
    );
    expect(createHash('sha256').update(copy).digest('hex')).toBe(delivered);
    expect(articleText).toBe(copy.toString('utf8'));
  });
});
