import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { CalloutList } from './callout-list';

describe('the callouts of a step, listed as text', () => {
  it('marks the quote in a callout of the story', () => {
    const callout = content.sections
      .flatMap((s) => s.steps.flatMap((step) => step.callouts))
      .find((c) => c.text.includes('Next time in Moscow'))!;
    const { container } = render(<CalloutList callouts={[callout]} />);
    const text = container.querySelector('.callouts__text')!;
    expect(text).toHaveTextContent(callout.text);
    expect(text.querySelector('[lang="en"]')?.textContent).toBe('Next time in Moscow');
  });
});
