import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { splitForeign } from '../../content/foreign-phrases';
import { ForeignWords } from './foreign-words';

describe('words in another language in the newsroom’s texts', () => {
  it('marks a listed phrase as whole words only, keeping the text unchanged', () => {
    const phrases = [{ text: 'Deals', lang: 'en' }];
    expect(splitForeign('bilateralen „Deals“ statt', phrases)).toEqual([
      { text: 'bilateralen „' },
      { text: 'Deals', lang: 'en' },
      { text: '“ statt' },
    ]);
    // Not inside a longer word, and not in another spelling.
    expect(splitForeign('Dealsache, ein Deal', phrases)).toEqual([{ text: 'Dealsache, ein Deal' }]);
  });

  it('renders the phrase in an element with its language and leaves the rest as text', () => {
    const text = 'Putin: „Next time in Moscow“ (Nächstes Mal in Moskau).';
    const { container } = render(
      <p>
        <ForeignWords text={text} />
      </p>,
    );
    expect(container).toHaveTextContent(text);
    const marked = container.querySelectorAll('[lang]');
    expect(marked).toHaveLength(1);
    expect(marked[0]).toHaveAttribute('lang', 'en');
    expect(marked[0]!.textContent).toBe('Next time in Moscow');
  });
});
