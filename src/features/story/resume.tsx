import { useState, useSyncExternalStore } from 'react';
import { content } from '../../content';
import { ui } from '@locale/ui';
import { readingHash } from '../../lib/url-state';

const KEY = `${content.articleId}:abschnitt`;

/** Remembers the section being read, in this browser only. */
export function rememberSection(id: string) {
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // Storage may be unavailable (private mode, disabled): resuming is a convenience.
  }
}

function readSaved(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

const noSubscription = () => () => {};

/**
 * Reads the saved section once per showing of the story: the story saves the reader's new
 * position as they read, and the offer must not change (or vanish) under them meanwhile.
 */
function readOnce(): () => string | null {
  let saved: string | null | undefined;
  return () => {
    if (saved === undefined) saved = readSaved();
    return saved;
  };
}

/**
 * Offers a returning reader to continue at the section where they stopped. Shown only when
 * the page opens at the top (no section in the address) and the saved section is past the lead.
 */
export function ResumeOffer() {
  const [read] = useState(readOnce);
  const saved = useSyncExternalStore(noSubscription, read, () => null);
  const [openedAtTop] = useState(
    () => typeof window !== 'undefined' && !readingHash() && window.scrollY === 0,
  );
  const [dismissed, setDismissed] = useState(false);
  const section = content.sections.find((s) => s.id === saved);
  if (!section || section.index === 0 || !openedAtTop || dismissed) return null;
  return (
    <div className="resume" role="region" aria-label={ui.resume.label}>
      <p className="resume__text">{ui.resume.text(section.shortTitle)}</p>
      <a
        className="resume__go"
        href={`#${section.id}`}
        onClick={(event) => {
          event.preventDefault();
          setDismissed(true);
          document.getElementById(section.id)?.scrollIntoView();
        }}
      >
        {ui.resume.go}
      </a>
      <button type="button" className="resume__close" onClick={() => setDismissed(true)}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{ui.resume.dismiss}</span>
      </button>
    </div>
  );
}
