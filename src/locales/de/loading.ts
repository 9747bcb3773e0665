/**
 * The note shown when the interactive parts' code could not be loaded. It sits apart from
 * ui.ts: the page's small entry script shows it before the app (and ui.ts) has arrived.
 */
export const loadingUi = {
  failed:
    'Die interaktiven Teile konnten nicht geladen werden. Der Artikel bleibt vollständig lesbar.',
  retry: 'Erneut versuchen',
  retrying: 'Wird geladen …',
  dismiss: 'Hinweis schließen',
} as const;
