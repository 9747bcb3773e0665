/**
 * The note shown when the interactive parts' code could not be loaded. It sits apart from
 * ui.ts: the page's small entry script shows it before the app (and ui.ts) has arrived.
 */
import type { loadingUi as de } from '../de/loading';
import type { LocaleText } from '../types';

export const loadingUi: LocaleText<typeof de> = {
  failed: 'The interactive parts could not be loaded. The article can still be read in full.',
  retry: 'Try again',
  retrying: 'Loading…',
  dismiss: 'Dismiss notice',
};
