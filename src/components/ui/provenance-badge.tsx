import type { Provenance } from '../../content/schema';
import { ui } from '../../content/ui.de';

/**
 * The kind of a statement, as a small badge whose explanation is its title and accessible
 * description. A claim names the party that makes it (`party`: the actor's name).
 */
export function ProvenanceBadge({ kind, party }: { kind: Provenance; party?: string }) {
  const { label, help } = ui.provenance[kind];
  return (
    <span className={`badge badge--${kind}`} title={help}>
      {kind === 'behauptung' && party ? ui.claimBy(party) : label}
      <span className="visually-hidden">: {help}</span>
    </span>
  );
}
