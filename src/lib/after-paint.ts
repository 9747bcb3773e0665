/**
 * Runs `task` in a task of its own once the browser has painted the next frame (and `delay` ms
 * after that): a requestAnimationFrame callback runs just before the frame's layout and paint, a
 * timeout set from it after them. So what the current task changed is on screen first, and a task
 * that measures the page finds its layout done (reading it forces none). Returns a function that
 * cancels it, whichever of the two steps it has reached.
 */
export function afterNextPaint(task: () => void, delay = 0): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(task, delay);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
