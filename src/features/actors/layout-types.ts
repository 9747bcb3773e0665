/** What a computed diagram is: boxes for nodes and labels, lines as paths and as points. */
import type { Relation } from '../../content/schema';
import type { DesignId, Point } from './layout-designs';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NodeLayout extends Box {
  id: string;
  name: string;
  person: boolean;
  font: number;
}

export interface LabelLayout extends Box {
  lines: string[];
  font: number;
}

export interface EdgeLayout {
  id: string;
  relation: Relation;
  /** The visible line (d3-shape path). */
  d: string;
  /** Arrowhead at the target, for directed relations. */
  arrow?: string;
  /** The line sampled, for hit-testing and tests. */
  points: Point[];
  label?: LabelLayout;
}

export interface TetherLayout {
  id: string;
  d: string;
  points: Point[];
}

export interface DiagramLayout {
  design: DesignId;
  width: number;
  height: number;
  nodes: NodeLayout[];
  edges: EdgeLayout[];
  /** Short lines from a person to its state. */
  tethers: TetherLayout[];
}
