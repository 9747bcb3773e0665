import type { Callout } from '../../content';
import { ui } from '@locale/ui';

/** A callout's words as drawn: the article's own in quotation marks, the newsroom's as they are. */
export const calloutWords = (callout: Pick<Callout, 'text' | 'provenance'>) =>
  callout.provenance === 'artikel' ? ui.panel.quoted(callout.text) : callout.text;
