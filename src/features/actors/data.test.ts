/**
 * The fact-checker's rules for the relations and the positions: nothing without a citation, the
 * article's words only where the article says them, every cell of the matrix accounted for.
 */
import { stakeholders } from '../../content/stakeholders';
import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { normaliseWhitespace } from '../../content/article-text';
import { matrixActors } from './positions-matrix';

const articleText = normaliseWhitespace(
  content.sections.flatMap((s) => [s.heading, ...s.paragraphs.map((p) => p.text)]).join(' '),
);

describe('relations', () => {
  it('each cites the article (a verbatim sentence and its paragraph) or checked sources', () => {
    for (const r of stakeholders.relations) {
      if (r.provenance === 'artikel') {
        expect(r.quote, r.id).toBeTruthy();
        expect(r.paragraphs.length, r.id).toBeGreaterThan(0);
        expect(r.sources, r.id).toEqual([]);
      } else if (r.provenance === 'redaktion') {
        expect(r.sources.length + r.paragraphs.length, r.id).toBeGreaterThan(0);
      } else {
        expect(r.sources.length, r.id).toBeGreaterThan(0);
      }
      if (r.quote) {
        const found = r.paragraphs.some((p) =>
          content.paragraphById.get(p)?.text.includes(r.quote!),
        );
        expect(found, r.id).toBe(true);
      }
    }
  });

  it('connect actors that are drawn, never an actor with itself', () => {
    for (const r of stakeholders.relations) {
      expect(content.actorById.has(r.from) && content.actorById.has(r.to), r.id).toBe(true);
      expect(r.from, r.id).not.toBe(r.to);
    }
  });
});

describe('positions', () => {
  it('fill every cell of the matrix exactly once', () => {
    for (const issue of stakeholders.issues) {
      for (const actor of matrixActors()) {
        const cells = stakeholders.positions.filter(
          (p) => p.actor === actor.id && p.issue === issue.id,
        );
        expect(cells, `${actor.id}/${issue.id}`).toHaveLength(1);
      }
    }
  });

  it('each stated position carries its citation; "nicht genannt" says so', () => {
    for (const p of stakeholders.positions) {
      const cell = `${p.actor}/${p.issue}`;
      if (p.stance === 'nicht-genannt') {
        // Either the plain words, or context that carries its own citation.
        if (p.text !== 'im Artikel nicht genannt') {
          expect(p.quote || p.sources.length > 0, cell).toBeTruthy();
        }
        continue;
      }
      // A cell's words are the newsroom's (or a checked fact): never badged as the author's.
      expect(p.provenance, cell).not.toBe('artikel');
      if (p.provenance === 'redaktion') {
        expect(p.quote || p.sources.length > 0, cell).toBeTruthy();
      } else {
        expect(p.sources.length, cell).toBeGreaterThan(0);
      }
    }
  });

  it('quote the article word for word where they put words in „…“', () => {
    for (const p of stakeholders.positions) {
      for (const [, quoted] of p.text.matchAll(/„([^“]+)“/g)) {
        expect(articleText, `${p.actor}/${p.issue}: ${quoted}`).toContain(quoted);
      }
    }
  });
});
