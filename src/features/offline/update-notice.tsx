import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { offlineUi } from '@locale/offline';
import './update-notice.css';

/** Tells the reader that a new version is ready; they choose when to reload into it. */
export function UpdateNotice({ onReload }: { onReload: () => void }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <aside className="update-notice" aria-label={offlineUi.label}>
      <p className="update-notice__text" role="status">
        {offlineUi.ready}
      </p>
      <button type="button" className="update-notice__reload" onClick={onReload}>
        {offlineUi.reload}
      </button>
      <button type="button" className="update-notice__close" onClick={() => setDismissed(true)}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{offlineUi.dismiss}</span>
      </button>
    </aside>
  );
}

let root: Root | undefined;

/** The notice lives outside the page's own root, so it can appear over any page at any time. */
export function showUpdateNotice(onReload: () => void) {
  if (!root) {
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  }
  // A fresh key shows it again, for a newer version, after the reader dismissed the last one.
  root.render(<UpdateNotice key={Date.now()} onReload={onReload} />);
}
