import { stakeholders } from '../../content/stakeholders';
import {
  startTransition,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type ReactNode,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { Link, type To } from 'react-router';
import { content } from '../../content';
import type { Actor } from '../../content/schema';
import { nodeDomId, nodeName, relationDomId, relationName } from './diagram-names';
import { leadRelations, nodeEmphasis, relationEmphasis, type Focus } from './focus';
import { computeLayout } from './layout';
import { designFor, placedDesigns, type DesignId } from './layout-designs';
import type { DiagramLayout, EdgeLayout, NodeLayout } from './layout-types';
import { sameTarget, type DiagramTarget } from './selection';
import { edgeStyle } from './edge-style';
import './actors.css';

export interface DiagramProps {
  /** The actor filter. */
  selected: readonly string[];
  /** What the story's section focuses (the panel); none on the page. */
  focus?: Focus;
  /** Which edges carry their label: all, or only those in focus (and the current one). */
  labels: 'all' | 'focus';
  current?: DiagramTarget;
  /** Where activating a node or an edge leads. */
  linkTo: (target: DiagramTarget) => To;
  /** Router state for those links (the page keeps its scroll position). */
  linkState?: unknown;
  /** The design before the box is measured (and where it cannot be, as in tests). */
  defaultDesign: DesignId;
  title: string;
  /** Relations whose label a callout replaces (drawn by `overlay`): their own label is left out. */
  calloutRelations?: ReadonlySet<string>;
  /** Drawn over the diagram, in its box's pixels (the story's callouts). */
  overlay?: (layout: DiagramLayout, size: { width: number; height: number }) => ReactNode;
  /**
   * The element that shows the current node's or edge's detail (on /akteure): Tab from the
   * current one goes there next, so the detail follows its choice in focus order.
   */
  detailId?: string;
}

type Size = { width: number; height: number };

/**
 * The box's size: null until the observer first reports it (nothing is drawn until then), zero
 * where nothing can be measured (tests), so the default design applies. It is measured by the
 * observer, after the browser's own layout (never inside a commit, where reading it would force
 * one), and the diagram it decides is drawn in a render of its own that React may interrupt.
 * (Not useElementSize (src/lib), which stands in a fallback until the size is real, whole
 * pixels of the content box, and renders it at once.)
 */
function useDiagramBoxSize(ref: RefObject<HTMLElement | null>): Size | null {
  const [size, setSize] = useState<Size | null>(() =>
    typeof ResizeObserver === 'undefined' ? { width: 0, height: 0 } : null,
  );
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      startTransition(() =>
        setSize((old) =>
          old && Math.abs(old.width - width) < 1 && Math.abs(old.height - height) < 1
            ? old
            : { width, height },
        ),
      );
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/** Layouts already computed, by design and labelled relations: a section seen again is instant. */
const layouts = new Map<string, DiagramLayout>();

function layoutFor(designId: DesignId, labelledKey: string): DiagramLayout {
  const key = `${designId}|${labelledKey}`;
  let layout = layouts.get(key);
  if (!layout) {
    layout = computeLayout({
      design: placedDesigns(content.actors, stakeholders.diagram)[designId],
      actors: content.actors,
      relations: stakeholders.relations,
      labelled: new Set(labelledKey.split(',')),
    });
    layouts.set(key, layout);
  }
  return layout;
}

/** The colour of a node: a person wears its state's. */
const colourOf = (id: string) => content.actorById.get(id)?.memberOf ?? id;

/**
 * The stakeholder diagram: React draws the SVG from a computed layout. Nodes and edges are links
 * (focusable, with accessible names); lines sit underneath, labels on top.
 */
export function Diagram(props: DiagramProps) {
  const frame = useRef<HTMLDivElement>(null);
  const size = useDiagramBoxSize(frame);
  const designId =
    size && size.width > 0 ? designFor(size.width, size.height) : props.defaultDesign;
  const { labels, focus, current } = props;
  const labelledKey = useMemo(() => {
    if (labels === 'all') return stakeholders.relations.map((r) => r.id).join(',');
    const ids = new Set(
      focus ? (designId === 'band' ? leadRelations(content, focus) : focus.relations) : [],
    );
    if (current?.type === 'relation') ids.add(current.id);
    return stakeholders.relations
      .filter((r) => ids.has(r.id))
      .map((r) => r.id)
      .join(',');
  }, [labels, focus, current, designId]);
  const layout = useMemo(
    () => (size === null ? null : layoutFor(designId, labelledKey)),
    [size, designId, labelledKey],
  );
  return (
    <div ref={frame} className="diagram" data-design={designId}>
      {layout && <DiagramSvg {...props} layout={layout} />}
      {layout && size && props.overlay?.(layout, size)}
    </div>
  );
}

function DiagramSvg({
  layout,
  selected,
  focus,
  current,
  linkTo,
  linkState,
  title,
  calloutRelations,
  detailId,
}: DiagramProps & { layout: DiagramLayout }) {
  const titleId = useId();
  const toDetail = detailId ? (event: KeyboardEvent) => tabToDetail(event, detailId) : undefined;
  const [hot, setHot] = useState<string | null>(null);
  const focusState = (inFocus: boolean) => (focus ? (inFocus ? 'in' : 'out') : undefined);
  const edgeAttrs = (edge: EdgeLayout) => ({
    'data-emphasis': relationEmphasis(content, selected, edge.relation),
    'data-focus': focusState(!!focus?.relations.has(edge.id)),
    'data-current': sameTarget(current, { type: 'relation', id: edge.id }) || undefined,
    'data-hot': hot === edge.id || undefined,
  });
  return (
    <svg
      className="diagram__svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      preserveAspectRatio="xMidYMid meet"
      aria-labelledby={titleId}
    >
      <title id={titleId}>{title}</title>
      <g aria-hidden="true">
        {layout.tethers.map((t) => (
          <path
            key={t.id}
            className="diagram__tether"
            d={t.d}
            data-emphasis={nodeEmphasis(content, selected, t.id)}
          />
        ))}
        {layout.edges.map((edge) => (
          <g
            key={edge.id}
            className="edge"
            data-relation={edge.id}
            style={edgeStyle(edge.relation.type)}
            {...edgeAttrs(edge)}
          >
            <path className="edge__line" d={edge.d} />
            {edge.arrow && <path className="edge__arrow" d={edge.arrow} />}
          </g>
        ))}
      </g>
      <g>
        {content.actors.map((actor) => {
          const node = layout.nodes.find((n) => n.id === actor.id)!;
          return (
            <DiagramNode
              key={actor.id}
              actor={actor}
              node={node}
              to={linkTo({ type: 'node', id: actor.id })}
              state={linkState}
              current={sameTarget(current, { type: 'node', id: actor.id })}
              emphasis={nodeEmphasis(content, selected, actor.id)}
              focus={focusState(!!focus?.actors.has(actor.id))}
              primary={focus?.primary === actor.id}
              onKeyDown={toDetail}
            />
          );
        })}
      </g>
      <g>
        {layout.edges.map((edge) => (
          <Link
            key={edge.id}
            id={relationDomId(edge.id)}
            className={`edge-link edge-link--${edge.relation.type}`}
            to={linkTo({ type: 'relation', id: edge.id })}
            state={linkState}
            aria-label={relationName(edge.id)}
            aria-current={sameTarget(current, { type: 'relation', id: edge.id }) || undefined}
            onKeyDown={
              sameTarget(current, { type: 'relation', id: edge.id }) ? toDetail : undefined
            }
            onFocus={(event) => {
              setHot(edge.id);
              revealFocused(event);
            }}
            onBlur={() => setHot((h) => (h === edge.id ? null : h))}
            onMouseEnter={() => setHot(edge.id)}
            onMouseLeave={() => setHot((h) => (h === edge.id ? null : h))}
            {...edgeAttrs(edge)}
          >
            <path className="edge-link__hit" d={edge.d} />
            {edge.label && !calloutRelations?.has(edge.id) && <EdgeLabel label={edge.label} />}
          </Link>
        ))}
      </g>
    </svg>
  );
}

/** Tab (forward) from the current node or edge moves to its detail, if it is on the page. */
function tabToDetail(event: KeyboardEvent, detailId: string) {
  if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }
  const detail = document.getElementById(detailId);
  if (!detail) return;
  event.preventDefault();
  detail.focus();
}

/**
 * The browser leaves a focused mark that is partly in view where it is, its ring cut off at the
 * screen's edge (a phone shows the diagram and its detail one below the other): bring it in whole.
 */
function revealFocused(event: FocusEvent<Element>) {
  event.currentTarget.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function EdgeLabel({ label }: { label: NonNullable<EdgeLayout['label']> }) {
  const lineHeight = Math.round(label.font * 1.25);
  const top = label.y - ((label.lines.length - 1) * lineHeight) / 2;
  return (
    <g className="edge-label">
      <rect
        className="edge-label__box"
        x={label.x - label.width / 2}
        y={label.y - label.height / 2}
        width={label.width}
        height={label.height}
        rx={3}
      />
      <text className="edge-label__text" x={label.x} y={top} fontSize={label.font}>
        {label.lines.map((text, i) => (
          <tspan key={i} x={label.x} y={top + i * lineHeight}>
            {/* The space keeps the words apart for screen readers when a label wraps. */}
            {i < label.lines.length - 1 ? `${text} ` : text}
          </tspan>
        ))}
      </text>
    </g>
  );
}

function DiagramNode({
  actor,
  node,
  to,
  state,
  current,
  emphasis,
  focus,
  primary,
  onKeyDown,
}: {
  onKeyDown: ((event: KeyboardEvent) => void) | undefined;
  actor: Actor;
  node: NodeLayout;
  to: To;
  state: unknown;
  current: boolean;
  emphasis: string;
  focus: 'in' | 'out' | undefined;
  primary: boolean;
}) {
  const x = node.x - node.width / 2;
  const y = node.y - node.height / 2;
  const round = actor.kind === 'staat' || node.person ? node.height / 2 : 4;
  return (
    <Link
      id={nodeDomId(actor.id)}
      className={`node tone--${colourOf(actor.id)} node--${actor.kind}`}
      to={to}
      state={state}
      aria-label={nodeName(actor)}
      aria-current={current || undefined}
      data-emphasis={emphasis}
      data-focus={focus}
      data-primary={primary || undefined}
      onKeyDown={current ? onKeyDown : undefined}
      onFocus={revealFocused}
    >
      {primary && (
        <rect
          className="node__halo"
          x={x - 6}
          y={y - 6}
          width={node.width + 12}
          height={node.height + 12}
          rx={round + 6}
        />
      )}
      <rect
        className="node__ring"
        x={x - 4}
        y={y - 4}
        width={node.width + 8}
        height={node.height + 8}
        rx={round + 4}
      />
      <rect
        className="node__shape"
        x={x}
        y={y}
        width={node.width}
        height={node.height}
        rx={round}
      />
      <text className="node__label" x={node.x} y={node.y} fontSize={node.font}>
        {actor.name}
      </text>
    </Link>
  );
}
