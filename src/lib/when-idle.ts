/**
 * Runs `task` once the page has loaded and the main thread is idle (within `timeout` ms at
 * most): for work that must never compete with the first paint or with hydration. Returns a
 * function that cancels it.
 */
export function afterLoadWhenIdle(task: () => void, timeout = 5000): () => void {
  let idle = 0;
  let timer = 0;
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(task, { timeout });
    else timer = window.setTimeout(task, 0);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  /** Cancels the task if it has not run yet. */
  return () => {
    window.removeEventListener('load', schedule);
    if (idle && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    window.clearTimeout(timer);
  };
}
