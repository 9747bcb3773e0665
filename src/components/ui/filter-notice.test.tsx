import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { renderApp } from '../../testing/render-app';
import { actorsOfTarget, filterCounts } from '../../lib/actor-match';

describe('the filter’s announcement', () => {
  it('says what a filter shows, counted from the content, and says when it is cleared', async () => {
    const { user } = renderApp('/?akteur=ukraine');
    const counts = filterCounts(content, ['ukraine']);
    expect(counts.mentions).toBeGreaterThan(0);
    const live = await screen.findByText(
      `Ukraine: ${counts.mentions} Erwähnungen im Text, ${counts.places} Orte, ${counts.events} Ereignisse`,
    );
    expect(live).toHaveAttribute('aria-live', 'polite');
    const filter = screen.getAllByRole('group', { name: 'Nach Akteur filtern' })[0]!;
    await user.click(within(filter).getByRole('button', { name: 'Filter aufheben' }));
    await waitFor(() => expect(live).toHaveTextContent(/^Filter aufgehoben$/));
  });

  it('counts a mention of a person for its state', () => {
    const usa = filterCounts(content, ['usa']);
    const trumpMentions = content.annotations.filter((a) => a.target.id === 'trump').length;
    expect(trumpMentions).toBeGreaterThan(0);
    expect(usa.mentions).toBeGreaterThan(trumpMentions);
  });

  it('keeps a paragraph that speaks of the "Bruch mit der Ukraine" in view under "Ukraine"', () => {
    const paragraph = content.paragraphById.get('europas-sorge-1')!;
    const actors = paragraph.segments.flatMap((s) =>
      s.annotation ? actorsOfTarget(content, s.annotation.target) : [],
    );
    expect(actors).toContain('ukraine');
  });
});
