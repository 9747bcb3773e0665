import { describe, expect, it } from 'vitest';
import { parseArticle, sentences } from './article-text';

describe('reading the article file', () => {
  const raw = [
    '',
    'Der Titel - mit Strich',
    '',
    'Der Vorspann. Er endet hier.',
    '',
    'Erste Überschrift',
    '',
    'Ein Satz, der über einen',
    '',
    '',
    '',
    'Seitenumbruch läuft. Noch einer.',
    '',
    'Zweiter Absatz.',
    '',
    '',
    '',
    'Gleicher Absatz nach dem Umbruch.',
    '',
    'Autor: Erika Muster',
  ].join('\n');

  it('joins the two sides of a page break into one paragraph', () => {
    const article = parseArticle(raw);
    expect(article.sections[1]!.paragraphs).toEqual([
      'Ein Satz, der über einen Seitenumbruch läuft. Noch einer.',
      'Zweiter Absatz. Gleicher Absatz nach dem Umbruch.',
    ]);
  });

  it('finds the title, the headings, the lead and the byline', () => {
    const article = parseArticle(raw);
    expect(article.title).toBe('Der Titel - mit Strich');
    expect(article.sections.map((s) => s.heading)).toEqual([
      'Der Titel - mit Strich',
      'Erste Überschrift',
    ]);
    expect(article.sections[0]!.paragraphs).toEqual(['Der Vorspann. Er endet hier.']);
    expect(article.author).toBe('Erika Muster');
  });

  it('takes the headings the data names, whatever their punctuation, and only those', () => {
    const asked = raw
      .replace('Erste Überschrift', 'Was will Putin?')
      .replace('Zweiter Absatz.', 'Zweiter Absatz ohne Punkt');
    expect(parseArticle(asked).sections.map((s) => s.heading)).not.toContain('Was will Putin?');
    const article = parseArticle(asked, ['Was will Putin?']);
    expect(article.sections.map((s) => s.heading)).toEqual([
      'Der Titel - mit Strich',
      'Was will Putin?',
    ]);
    expect(article.sections[1]!.paragraphs[1]).toBe(
      'Zweiter Absatz ohne Punkt Gleicher Absatz nach dem Umbruch.',
    );
  });

  it('splits sentences at full stops, not inside quotes or abbreviations like "M."', () => {
    expect(sentences('Er sagte "ja". Dann ging er. Autor ist Andreas M. Brucker.')).toEqual([
      'Er sagte "ja".',
      'Dann ging er.',
      'Autor ist Andreas M. Brucker.',
    ]);
  });
});
