import { useState } from 'react';
import type { Callout } from '../../content';
import { useSources } from '../../content/sources';
import { ui } from '@locale/ui';
import { ProvenanceBadge } from '../../components/ui/provenance-badge';
import { calloutWords } from '../../components/ui/callout-words';
import { ForeignWords } from '../../components/ui/foreign-words';
import { SourceTitle } from '../../components/ui/source-title';

function SourceLinks({ ids }: { ids: readonly string[] }) {
  const sources = useSources();
  if (!sources) return <p className="callouts__none">{ui.popover.sourcesLoading}</p>;
  return (
    <ul className="callouts__sources">
      {ids.map((id) => {
        const source = sources.get(id);
        return source ? (
          <li key={id}>
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              <SourceTitle source={source} />
            </a>
          </li>
        ) : null;
      })}
    </ul>
  );
}

/** The sources behind a callout, one activation away: fetched only when the reader opens them. */
function CalloutSources({ callout }: { callout: Callout }) {
  const [open, setOpen] = useState(false);
  if (callout.sources.length === 0) return <p className="callouts__none">{ui.popover.noSources}</p>;
  return (
    <details className="callouts__details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary aria-label={ui.panel.calloutSourcesOf(callout.sources.length, callout.text)}>
        {ui.panel.calloutSources(callout.sources.length)}
      </summary>
      {open && <SourceLinks ids={callout.sources} />}
    </details>
  );
}

/**
 * The step's callouts as text in the panel's card: what the visual labels itself with, for every
 * reader (a screen reader meets them here; the labels on the visual are hidden from it), each
 * with its kind and its sources.
 */
export function CalloutList({ callouts }: { callouts: readonly Callout[] }) {
  return (
    <>
      <h3 className="context__heading context__heading--callouts">{ui.panel.callouts}</h3>
      <ul className="callouts">
        {callouts.map((callout) => (
          <li key={callout.text} className="callouts__item" data-provenance={callout.provenance}>
            <p className="callouts__text">
              <ForeignWords text={calloutWords(callout)} />
            </p>
            <div className="callouts__meta">
              <ProvenanceBadge kind={callout.provenance} />
              <CalloutSources callout={callout} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
