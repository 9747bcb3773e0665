import type { Provenance } from '../../content/schema';
import { ui } from '@locale/ui';

/**
 * The kind of a statement, as a small badge. Its explanation is read once: a pointer gets it as
 * the badge's tooltip (title) on the visible label, hidden from screen readers, which read the
 * label and the explanation from the hidden text instead (a title would be read as well). A claim
 * names the party that makes it (`party`: the actor's name).
 */
export function ProvenanceBadge({ kind, party }: { kind: Provenance; party?: string }) {
  const { label: kindLabel, help } = ui.provenance[kind];
  const label = kind === 'behauptung' && party ? ui.claimBy(party) : kindLabel;
  return (
    <span className={`badge badge--${kind}`}>
      <span title={help} aria-hidden="true">
        {label}
      </span>
      <span className="visually-hidden">
        {label}: {help}
      </span>
    </span>
  );
}
