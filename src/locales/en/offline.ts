/**
 * The text of the notice that offers a new version. It sits apart from ui.ts so that it
 * travels in the notice's own chunk rather than in the story's first load.
 */
import type { offlineUi as de } from '../de/offline';
import type { LocaleText } from '../types';

export const offlineUi: LocaleText<typeof de> = {
  label: 'Update',
  ready: 'A new version is available',
  reload: 'Reload',
  dismiss: 'Dismiss notice',
};
