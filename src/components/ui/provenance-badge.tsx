import type { Provenance } from '../../content/schema';
import { ui } from '../../content/ui.de';

/**
 * The kind of a statement, as a small badge. Its explanation is read once: a pointer gets it as
 * the badge's tooltip (title) on the visible label, hidden from screen readers, which read the
 * label and the explanation from the hidden text instead (a title would be read as well).
 */
export function ProvenanceBadge({ kind }: { kind: Provenance }) {
  const { label, help } = ui.provenance[kind];
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
