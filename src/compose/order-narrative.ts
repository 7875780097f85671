/** Orders the synthesis as a story is told: what happened, how each side reacted, where sources disagree, context. */
import type { CitedText, NarrativeRole } from '../core/model.js';

/** A sentence that reports what someone said or did in response: a reaction. */
export const REACTION =
  /\b(?:said|says|say|told|added|argued|argues|warned|warns|called|calls|critici[sz]ed|praised|accused|urged|insisted|insists|stated|responded|denied|denies|vowed|slammed|blasted|welcomed|condemned|rejected|rejects|questioned|acknowledged|according to|in a statement)\b/iu;
/** Background or what comes next: earlier years, past events, plans and expectations. */
const CONTEXT =
  /\b(?:since|previously|earlier|last (?:year|month|week)|in (?:19|20)\d\d|will|would|expected|next|plans? to|scheduled|upcoming|has been|have been|had been|history|historically)\b/iu;

export const NARRATIVE_ORDER: readonly NarrativeRole[] = ['event', 'reaction', 'dispute', 'context'];

/**
 * Gives each sentence its role and returns them in narrative order (roles in NARRATIVE_ORDER, reading order within
 * a role, so each outlet's reactions stay together), `paragraph` numbering the roles present. `order`
 * gives each item's reading position (story order, then place in the article).
 * @example orderNarrative(sentences, (s) => positions.get(s)!)[0].role // 'event'
 */
export function orderNarrative<T extends CitedText>(items: readonly T[], order: (item: T) => number): T[] {
  const withRole = items.map((item) => ({ item, role: roleOf(item) }));
  const present = NARRATIVE_ORDER.filter((role) => withRole.some((entry) => entry.role === role));
  return withRole
    .sort((a, b) => NARRATIVE_ORDER.indexOf(a.role) - NARRATIVE_ORDER.indexOf(b.role) || order(a.item) - order(b.item))
    .map(({ item, role }) => ({ ...item, role, paragraph: present.indexOf(role) }));
}

function roleOf(item: CitedText): NarrativeRole {
  if (item.disputed !== undefined && item.disputed.length > 0) return 'dispute';
  if (REACTION.test(item.text)) return 'reaction';
  if (CONTEXT.test(item.text)) return 'context';
  return 'event';
}
