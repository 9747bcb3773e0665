import type { ReactNode } from 'react';
import { useAfterCommit } from '../../lib/use-after-commit';

/**
 * Renders its children in a render of their own after the first has committed, which React may
 * interrupt: what they need (a Leaflet map created in that commit) exists by then, and mounting
 * them is not part of the parent's commit.
 */
export function AfterCommit({ children }: { children: ReactNode }) {
  return useAfterCommit() ? children : null;
}
