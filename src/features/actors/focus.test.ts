import { stakeholders } from '../../content/stakeholders';
import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { focusOf, leadRelations, nodeEmphasis, relationEmphasis, relationsOf } from './focus';

describe('what a section puts in focus', () => {
  it('takes the named relations and their ends, the named actors and their persons', () => {
    const focus = focusOf(content, {
      actors: ['ukraine', 'eu', 'usa'],
      relations: ['usa-selenskyj-nicht-eingeladen', 'usa-russland-gipfel'],
    });
    expect([...focus.relations]).toEqual(['usa-selenskyj-nicht-eingeladen', 'usa-russland-gipfel']);
    expect(focus.primary).toBe('ukraine');
    // Persons come with their state; Russland comes as the end of the summit.
    for (const id of ['ukraine', 'selenskyj', 'eu', 'usa', 'trump', 'russland']) {
      expect(focus.actors.has(id), id).toBe(true);
    }
    expect(focus.actors.has('istgh')).toBe(false);
    expect(focus.actors.has('putin')).toBe(false);
  });

  it('without named relations, focuses the relations among the named actors', () => {
    const focus = focusOf(content, { actors: ['russland', 'ukraine'] });
    expect([...focus.relations]).toEqual(['russland-krieg-ukraine']);
  });

  it('the band labels only the lead actor’s relations', () => {
    const focus = focusOf(content, {
      actors: ['eu', 'usa', 'nato'],
      relations: ['eu-trump-garantien', 'trump-eu-videokonferenz', 'trump-nato-videokonferenz'],
    });
    expect([...leadRelations(content, focus)].sort()).toEqual([
      'eu-trump-garantien',
      'trump-eu-videokonferenz',
    ]);
  });
});

describe('the actor filter in the diagram', () => {
  it('matches a person through its state and a relation through either end', () => {
    expect(nodeEmphasis(content, ['usa'], 'trump')).toBe('match');
    expect(nodeEmphasis(content, ['usa'], 'putin')).toBe('dimmed');
    expect(nodeEmphasis(content, [], 'putin')).toBe('neutral');
    const summit = stakeholders.relationById.get('usa-russland-gipfel')!;
    expect(relationEmphasis(content, ['russland'], summit)).toBe('match');
    expect(relationEmphasis(content, ['eu'], summit)).toBe('dimmed');
  });

  it('lists a state’s relations with its persons’', () => {
    const ids = relationsOf(content, 'usa').map((r) => r.id);
    expect(ids).toContain('trump-selenskyj-konsultiert');
    expect(ids).toContain('usa-russland-gipfel');
    expect(ids).not.toContain('russland-krieg-ukraine');
  });
});
