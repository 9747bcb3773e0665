import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { sectionLinks } from './fact-detail';

describe('the links to the article in a fact’s detail', () => {
  it('name each section once, linking to its first paragraph that mentions the fact', () => {
    expect(sectionLinks(['europas-sorge-1', 'europas-sorge-2', 'ohne-die-ukraine-1'])).toEqual([
      { id: 'europas-sorge-1', title: 'Europas Sorge' },
      { id: 'ohne-die-ukraine-1', title: 'Ohne die Ukraine' },
    ]);
  });

  it('give the EU one link per section, not “Europas Sorge, Europas Sorge”', () => {
    const eu = content.actorById.get('eu')!;
    const titles = sectionLinks(eu.paragraphs).map((l) => l.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
