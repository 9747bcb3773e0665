import { content } from '../../content';

/** The actors with a colour of their own (a person takes its state's): a marker shows theirs. */
export const colouredActorIds: ReadonlySet<string> = new Set(
  content.actors.filter((a) => !a.memberOf).map((a) => a.id),
);
