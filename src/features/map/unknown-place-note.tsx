import { useState } from 'react';
import { mapUi } from '@locale/karte';

/**
 * Says that the place the URL names does not exist (an old or mistyped link), until the reader
 * dismisses it; a note for another unknown place shows again.
 */
export function UnknownPlaceNote({ unknown }: { unknown: string | undefined }) {
  const [dismissed, setDismissed] = useState<string>();
  if (unknown === undefined || dismissed === unknown) return null;
  return (
    <p className="notice map__notice" role="status" data-map-obstacle>
      {mapUi.unknownPlace(unknown)}{' '}
      <button type="button" className="notice__dismiss" onClick={() => setDismissed(unknown)}>
        {mapUi.dismiss}
      </button>
    </p>
  );
}
