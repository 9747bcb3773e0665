import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { sectionLinks } from './fact-detail';

describe('the links to the article in a fact’s detail', () => {
  it('name each section once, linking to its first paragraph that mentions the fact', () => {
    expect(sectionLinks(['europas-sorge-1', 'europas-sorge-2', 'ohne-die-ukraine-1'])).toEqual([
      { id: 'europas-sorge-1', name: 'Europas Sorge, Absatz 1' },
      { id: 'ohne-die-ukraine-1', name: 'Ohne die Ukraine, Absatz 1' },
    ]);
  });

  it('give the EU one link per section, not “Europas Sorge, Europas Sorge”', () => {
    const eu = content.actorById.get('eu')!;
    const sections = sectionLinks(eu.paragraphs).map((l) => l.name.replace(/, Absatz \d+$/, ''));
    expect(sections.length).toBeGreaterThan(0);
    expect(new Set(sections).size).toBe(sections.length);
  });

  it('name the paragraph they lead to, so two facts’ links into one section differ', () => {
    expect(sectionLinks(['europas-sorge-2'])).toEqual([
      { id: 'europas-sorge-2', name: 'Europas Sorge, Absatz 2' },
    ]);
    expect(sectionLinks(['einleitung-1'])[0]!.name).not.toBe('Einleitung');
  });
});
