import { act, lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { useAfterCommit } from './use-after-commit';

function Probe({ ready }: { ready: boolean }) {
  return <p>{useAfterCommit(ready) ? 'after' : 'first'}</p>;
}

/** Lets React's scheduler run its pending work, inside act(). */
const settle = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 20));
  });

describe('useAfterCommit', () => {
  it('is false in the first render and true in a render after it', async () => {
    const seen: string[] = [];
    function Recorder() {
      const after = useAfterCommit();
      seen.push(after ? 'after' : 'first');
      return null;
    }
    render(<Recorder />);
    await settle();
    expect(seen[0]).toBe('first');
    expect(seen.at(-1)).toBe('after');
  });

  it('waits for `ready`', async () => {
    const { rerender } = render(<Probe ready={false} />);
    await settle();
    expect(screen.getByText('first')).toBeTruthy();
    rerender(<Probe ready />);
    await settle();
    expect(screen.getByText('after')).toBeTruthy();
  });
});

const renders = { count: 0 };
const countRender = () => {
  renders.count++;
};

/** The work of a large view: longer than React's 5 ms slice, so React yields while rendering. */
function work(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
}

/**
 * A lazy view that takes a few milliseconds to render (so React yields while mounting it), shown
 * by a transition: how often is it rendered before it is on screen?
 */
async function mountsOfSlowLazyView(useLater: () => boolean): Promise<number> {
  renders.count = 0;
  function SlowView() {
    countRender();
    const later = useLater();
    work(8);
    return <p>{later ? 'drawn' : 'frame'}</p>;
  }
  // Its code arrives a moment later: the new boundary shows its fallback, then retries.
  const View = lazy(
    () =>
      new Promise<{ default: typeof SlowView }>((r) =>
        setTimeout(() => r({ default: SlowView }), 30),
      ),
  );
  const control: { show: (() => void) | null } = { show: null };
  function Panel() {
    const [shown, setShown] = useState(false);
    useEffect(() => {
      control.show = () => startTransition(() => setShown(true));
    });
    return shown ? (
      <Suspense fallback={<p>loading</p>}>
        <View />
      </Suspense>
    ) : null;
  }
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  root.render(<Panel />);
  // Real time, not act(): React's scheduler slices the work as it does in a browser. Each wait
  // ends with the state it waits for (a busy machine is slow, not wrong).
  const until = async (done: () => boolean) => {
    for (let i = 0; i < 1000 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
  };
  await until(() => control.show !== null);
  control.show?.();
  await until(() => host.textContent?.includes('drawn') ?? false);
  expect(host.textContent).toBe('drawn');
  root.unmount();
  host.remove();
  return renders.count;
}

describe('a lazy view mounted in a transition', () => {
  const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  afterEach(() => {
    env.IS_REACT_ACT_ENVIRONMENT = true;
  });

  it('is rendered twice, not over and over', async () => {
    // With useDeferredValue(true, false) in its place, the view is rendered about 30 times: each
    // attempt claims a transition lane that interrupts the boundary's retry.
    env.IS_REACT_ACT_ENVIRONMENT = false;
    expect(await mountsOfSlowLazyView(() => useAfterCommit())).toBeLessThanOrEqual(3);
  });
});
