/**
 * Runs `task` once the page has loaded and the main thread is idle (within `timeout` ms at
 * most): for work that must never compete with the first paint or with hydration.
 */
export function afterLoadWhenIdle(task: () => void, timeout = 5000) {
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout });
    else setTimeout(task, 0);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
}
