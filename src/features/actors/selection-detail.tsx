import { stakeholders } from '../../content/stakeholders';
import { useEffect, useRef } from 'react';
import { Link, type To } from 'react-router';
import { content } from '../../content';
import { detailText } from '@locale/detail';
import { factSourcesPath, positionFactId } from '../../content/target';
import { FactDetail } from '../../components/facts/fact-detail';
import { describeTarget } from '../../components/facts/fact-summary';
import { Citation } from './citation';
import { detailDomId, nodeDomId, relationDomId, relationName } from './diagram-names';
import { nextTabbable, tabbables } from '../../lib/tabbable';
import { relationsOf } from './focus';
import { PositionText } from './positions-matrix';
import { keepScroll } from '../../lib/url-state';
import type { DiagramTarget } from './selection';
import { actorsText } from '@locale/akteure';

interface DetailProps {
  current?: DiagramTarget;
  linkTo: (target: DiagramTarget) => To;
  onClose: () => void;
}

const keyOf = (t?: DiagramTarget) => (t ? `${t.type}:${t.id}` : '');

/**
 * The detail of the diagram's selection: an actor's summary, positions and relations, or a
 * relation's citation. Without a selection, a hint on how to choose.
 */
export function SelectionDetail({ current, linkTo, onClose }: DetailProps) {
  const card = useRef<HTMLDivElement>(null);
  const shown = useRef(keyOf(current));
  const key = keyOf(current);
  // On a phone the detail sits below the diagram: bring a new choice into view (on a wide
  // screen it sits beside the diagram, already in view, and nothing moves).
  useEffect(() => {
    const element = card.current;
    if (key && key !== shown.current && element) {
      const { top } = element.getBoundingClientRect();
      const offScreen = top < 0 || top > window.innerHeight * 0.75;
      if (offScreen) element.scrollIntoView?.({ block: 'start' });
      // Focus follows to the detail when the choice made in the diagram scrolled it out of view,
      // or when the choice was a link in the detail itself (gone with the old content).
      const active = document.activeElement;
      const lost = !active || active === document.body || !active.isConnected;
      if ((offScreen && active?.closest('.diagram')) || lost) {
        element.focus({ preventScroll: true });
      }
    }
    shown.current = key;
  }, [key]);

  const close = () => {
    const id = current && (current.type === 'node' ? nodeDomId : relationDomId)(current.id);
    onClose();
    // Back to where the choice was made.
    if (id) document.getElementById(id)?.focus();
  };

  // The detail follows its node or edge in focus order (Tab from there leads here, see the
  // diagram): Shift+Tab from its start goes back to it, Tab past its end to the diagram's next stop.
  const originId = current && (current.type === 'node' ? nodeDomId : relationDomId)(current.id);
  useEffect(() => {
    const element = card.current;
    if (!element || !originId) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const origin = document.getElementById(originId);
      if (event.key !== 'Tab' || !origin) return;
      const inside = tabbables(element);
      const active = document.activeElement;
      const next = event.shiftKey
        ? active === element || active === inside[0]
          ? origin
          : undefined
        : active === inside.at(-1)
          ? nextTabbable(origin, element)
          : undefined;
      if (!next) return;
      event.preventDefault();
      next.focus();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [originId]);

  const name = current
    ? current.type === 'node'
      ? (content.actorById.get(current.id)?.name ?? '')
      : relationName(current.id)
    : '';
  return (
    <div className="actors-detail" aria-label={actorsText.detailLabel} role="region">
      <p className="visually-hidden" aria-live="polite">
        {current ? actorsText.selected(name) : ''}
      </p>
      {!current && <p className="actors-detail__hint">{actorsText.diagramHint}</p>}
      {current && (
        <div
          ref={card}
          id={detailDomId}
          className={`actors-detail__card tone--${toneOf(current)}`}
          data-selection={key}
          tabIndex={-1}
        >
          <button
            type="button"
            className="popover__close"
            aria-label={detailText.close}
            onClick={close}
          >
            ×
          </button>
          {current.type === 'node' ? (
            <ActorDetail id={current.id} linkTo={linkTo} />
          ) : (
            <RelationDetail id={current.id} linkTo={linkTo} />
          )}
        </div>
      )}
    </div>
  );
}

function toneOf(target: DiagramTarget): string {
  const id =
    target.type === 'node' ? target.id : (stakeholders.relationById.get(target.id)?.from ?? '');
  return content.actorById.get(id)?.memberOf ?? id;
}

function ActorDetail({ id, linkTo }: { id: string; linkTo: DetailProps['linkTo'] }) {
  const actor = content.actorById.get(id)!;
  const state = actor.memberOf ? content.actorById.get(actor.memberOf) : undefined;
  const positionsOf = state ?? actor;
  const positions = stakeholders.positions.filter(
    (p) =>
      p.actor === positionsOf.id &&
      (p.stance !== 'nicht-genannt' || !!p.quote || p.sources.length > 0),
  );
  const relations = relationsOf(content, id);
  return (
    <>
      {/* Already shown in the diagram: no link to itself. */}
      <FactDetail
        summary={{ ...describeTarget({ type: 'actor', id })!, link: undefined }}
        headingLevel={3}
      />
      <h4 className="actors-detail__subtitle">{actorsText.positionsOf}</h4>
      {state && <p>{actorsText.positionsViaState(state.name)}</p>}
      {positions.length === 0 && <p>{actorsText.noPositions}</p>}
      <ul className="actors-detail__list">
        {positions.map((p) => (
          <li key={p.issue}>
            <span className="actors-detail__issue">
              {stakeholders.issues.find((i) => i.id === p.issue)?.label}
            </span>
            <PositionText position={p} />
            <Citation
              cited={p}
              entry={{
                to: factSourcesPath('position', positionFactId(p)),
                title: `${positionsOf.name}: ${stakeholders.issues.find((i) => i.id === p.issue)?.label ?? p.issue}`,
              }}
            />
          </li>
        ))}
      </ul>
      <h4 className="actors-detail__subtitle">{actorsText.relationsOf}</h4>
      {relations.length === 0 && <p>{actorsText.noRelations}</p>}
      <ul className="actors-detail__list">
        {relations.map((r) => (
          <li key={r.id}>
            <Link to={linkTo({ type: 'relation', id: r.id })} state={keepScroll}>
              {relationName(r.id)}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

function RelationDetail({ id, linkTo }: { id: string; linkTo: DetailProps['linkTo'] }) {
  const relation = stakeholders.relationById.get(id)!;
  const ends = [relation.from, relation.to].map((a) => content.actorById.get(a)!);
  return (
    <>
      <p className="fact__kind">{actorsText.relationKind}</p>
      <h3 className="fact__title">{relationName(id)}</h3>
      <Citation
        cited={relation}
        entry={{ to: factSourcesPath('relation', id), title: relationName(id) }}
      />
      <p className="actors-detail__subtitle">{actorsText.relationEnds}</p>
      <ul className="actors-detail__list">
        {ends.map((actor) => (
          <li key={actor.id}>
            <Link to={linkTo({ type: 'node', id: actor.id })} state={keepScroll}>
              {actor.fullName}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
