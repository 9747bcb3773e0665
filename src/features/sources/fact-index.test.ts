import { describe, expect, it } from 'vitest';
import { buildContent } from '../../content/build';
import { stakeholders } from '../../content/stakeholders';
import { phases } from '../../content/phases';
import { mapSpec } from '../../content/map';
import { formatDateRange } from '../../lib/dates';
import { allContentFiles } from '../../content/all-files';
import { factGroups, factsBySource, factsWithoutSources, statesSomething } from './fact-index';

const content = buildContent(allContentFiles);
const groups = factGroups(content, stakeholders, formatDateRange);
const facts = groups.flatMap((g) => g.facts);
const ids = (kind: string) => facts.filter((f) => f.kind === kind).map((f) => f.id);

describe('the facts the sources page lists', () => {
  it('are every fact the app shows, each once, grouped by what it supports', () => {
    expect(groups.map((g) => g.title)).toEqual([
      'Orte',
      'Ereignisse',
      'Akteure',
      'Begriffe',
      'Faktenchecks',
      'Beziehungen',
      'Positionen',
      'Kartenebenen',
      'Phasen der Chronik',
    ]);
    expect(ids('place')).toEqual(content.places.map((p) => p.id));
    expect(ids('event').sort()).toEqual(content.events.map((e) => e.id).sort());
    expect(ids('actor')).toEqual(content.actors.map((a) => a.id));
    expect(ids('term')).toEqual(content.terms.map((t) => t.id));
    expect(ids('note')).toEqual(content.notes.map((n) => n.id));
    expect(ids('relation')).toEqual(content.relations.map((r) => r.id));
    expect(ids('position')).toEqual(
      content.positions.filter(statesSomething).map((p) => `${p.actor}-${p.issue}`),
    );
    expect(ids('layer')).toEqual(mapSpec.layers.filter((l) => l.facts).map((l) => l.id));
    expect(ids('phase')).toEqual(phases.map((p) => p.id));
    expect(new Set(facts.map((f) => f.anchor)).size).toBe(facts.length);
  });

  it('leave out only the matrix cells that say the article names no position', () => {
    const left = content.positions.filter((p) => !statesSomething(p));
    expect(left.length).toBeGreaterThan(0);
    for (const p of left) {
      expect(p.stance).toBe('nicht-genannt');
      expect([p.quote, ...p.sources, ...p.paragraphs].filter(Boolean)).toEqual([]);
    }
  });

  it('name only sources that exist, and every source supports at least one fact', () => {
    const bySource = factsBySource(groups);
    for (const fact of facts) {
      for (const id of fact.sources)
        expect(content.sourceById.has(id), `${fact.anchor}: ${id}`).toBe(true);
    }
    expect([...bySource.keys()].filter((id) => !content.sourceById.has(id))).toEqual([]);
    expect(content.sources.filter((s) => !bySource.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('give the map layers the sources of the claims and of the list of states parties', () => {
    const annex = facts.find((f) => f.anchor === 'fakt-layer-annexion')!;
    expect(annex.sources).toEqual(
      expect.arrayContaining([
        'resolution-a-res-68-262-territorial',
        'un-general-assembly-resolution-es-11',
      ]),
    );
    // What the list was actually checked against, the withdrawal of Hungary included.
    const icc = facts.find((f) => f.anchor === 'fakt-layer-istgh')!;
    expect(icc.sources).toEqual(
      expect.arrayContaining([
        'aba-icc-state-parties-dataset',
        'icc-hungary-withdrawal',
        'cicc-hungary-withdraws',
      ]),
    );
    const read = icc.sources.filter((id) => content.sourceById.get(id)?.read !== false);
    expect(read.length).toBeGreaterThan(0);
  });

  it('list the timeline’s phases with the sources of the events their labels rest on', () => {
    const crimea = facts.find((f) => f.anchor === 'fakt-phase-krim-und-donbas')!;
    expect(crimea.title).toBe('Russische Annexion der Krim, Krieg im Donbas');
    expect(crimea.sources).toEqual(
      expect.arrayContaining([
        ...content.eventById.get('crimea-annexation')!.sources,
        ...content.eventById.get('minsk-2')!.sources,
      ]),
    );
  });
});

describe('facts without a source', () => {
  const unsourced = factsWithoutSources(groups);

  it('rest on the article alone: its own words, or the newsroom reporting them', () => {
    expect(unsourced.none.map((f) => f.anchor)).toEqual([]);
    for (const fact of unsourced.fromArticle) {
      expect(['artikel', 'redaktion'], fact.anchor).toContain(fact.provenance);
      expect(fact.paragraphs.length, fact.anchor).toBeGreaterThan(0);
    }
  });

  it('are listed by the function, and no checked fact, claim or report is among them', () => {
    const sourced = facts.filter((f) => f.sources.length > 0).length;
    expect(sourced + unsourced.fromArticle.length + unsourced.none.length).toBe(facts.length);
    expect(
      facts
        .filter((f) => ['fakt', 'behauptung', 'medien'].includes(f.provenance))
        .filter((f) => f.sources.length === 0)
        .map((f) => f.anchor),
    ).toEqual([]);
  });
});
