/**
 * The text of the notice that offers a new version. It sits apart from ui.ts so that it
 * travels in the notice's own chunk rather than in the story's first load.
 */
export const offlineUi = {
  label: 'Aktualisierung',
  ready: 'Neue Version verfügbar',
  reload: 'Neu laden',
  dismiss: 'Hinweis schließen',
} as const;
