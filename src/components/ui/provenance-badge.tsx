import type { Provenance } from '../../content/schema';
import { ui } from '../../content/ui.de';

/** The kind of a statement, as a small badge whose explanation is its title and accessible description. */
export function ProvenanceBadge({ kind }: { kind: Provenance }) {
  const { label, help } = ui.provenance[kind];
  return (
    <span className={`badge badge--${kind}`} title={help}>
      {label}
      <span className="visually-hidden">: {help}</span>
    </span>
  );
}
