import './styles/index.css';
import 'virtual:actor-styles.css';
// After the screen styles, so that on paper its rules win at equal specificity.
import './styles/print.css';
import { reportLoadFailure } from './load-failure';

/**
 * The page's only render-time script. The prerendered HTML is complete and readable on its own, so
 * the application (React, the router, the story) is fetched and hydrated only once the first
 * contentful paint has happened: the reader sees the text without waiting for any JavaScript, and
 * the app's download does not compete with the HTML and the stylesheet.
 */
function afterFirstPaint(start: () => void) {
  // A hidden tab paints nothing until it is shown, and some browsers do not report paints.
  if (
    document.visibilityState === 'hidden' ||
    !PerformanceObserver.supportedEntryTypes.includes('paint')
  ) {
    start();
    return;
  }
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    start();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) go();
  });
  observer.observe({ type: 'paint', buffered: true });
  // Should nothing contentful ever paint, start anyway.
  setTimeout(go, 1500);
}

/**
 * Fetches the app and starts it. Should its code not arrive (a flaky connection), the prerendered
 * page stays readable and a note offers to try again; nothing is left to fail uncaught.
 */
function startApp(): Promise<void> {
  return import('./app/hydrate').then(
    (app) => app.start().catch(() => reportLoadFailure(startApp)),
    () => reportLoadFailure(startApp),
  );
}

afterFirstPaint(() => void startApp());
