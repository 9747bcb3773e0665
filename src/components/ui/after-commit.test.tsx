import { act, render } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { AfterCommit } from './after-commit';

describe('AfterCommit', () => {
  it('leaves its children out of the first commit and renders them in one after it', async () => {
    const seen: string[] = [];
    function Child() {
      seen.push('child');
      return null;
    }
    function Parent() {
      useLayoutEffect(() => {
        seen.push('committed');
      }, []);
      return (
        <AfterCommit>
          <Child />
        </AfterCommit>
      );
    }
    render(<Parent />);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(seen).toEqual(['committed', 'child']);
  });
});
