/**
 * Watchlists: names (people, organisations, places) and keywords whose appearance in the stories `watch` updates
 * raises an alert — a new story that matches, a new statement by a watched person, a new dispute in a matching story.
 * Pure: the caller remembers which alert keys already fired.
 */
import { hashId } from '../core/ids.js';
import type { Brief } from '../core/model.js';
import { escapeRegExp } from '../core/text.js';
import type { ChangedStory } from './document-sink.js';

export interface Watchlist {
  entities: string[];
  keywords: string[];
}

export type AlertKind = 'new-story' | 'new-statement' | 'new-dispute';

export interface Alert {
  /** Stable for one event, so it fires once across polls and restarts. */
  key: string;
  kind: AlertKind;
  story: { id: string; title: string; url?: string };
  /** What on the watchlist matched. */
  matched: { entities: string[]; keywords: string[] };
  statement?: { speaker: string; text: string; articleId: string };
  dispute?: { topic: string; sides: string[] };
}

/**
 * Reads a watchlist file: one `entity: Name` or `keyword: word` per line (`#` starts a comment), or JSON
 * `{"entities": [...], "keywords": [...]}`.
 * @example parseWatchlist('entity: Mark Rutte\nkeyword: ceasefire') // { entities: ['Mark Rutte'], keywords: ['ceasefire'] }
 */
export function parseWatchlist(text: string): Watchlist | string {
  if (/^\s*\{/.test(text)) {
    try {
      const value = JSON.parse(text) as { entities?: unknown; keywords?: unknown };
      const strings = (list: unknown) =>
        Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
      return { entities: clean(strings(value.entities)), keywords: clean(strings(value.keywords)) };
    } catch (error) {
      return `not valid JSON: ${(error as Error).message}`;
    }
  }
  const list: Watchlist = { entities: [], keywords: [] };
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const match = /^(entity|person|keyword)\s*:\s*(.+)$/i.exec(line);
    if (!match) return `line ${index + 1}: expected "entity: Name" or "keyword: word"`;
    (match[1]!.toLowerCase() === 'keyword' ? list.keywords : list.entities).push(match[2]!.trim());
  }
  return { entities: clean(list.entities), keywords: clean(list.keywords) };
}

const clean = (names: string[]): string[] => [...new Set(names.map((name) => name.trim()).filter(Boolean))];

export const isEmptyWatchlist = (list: Watchlist): boolean => list.entities.length === 0 && list.keywords.length === 0;

/**
 * The alerts a batch of changed stories raises (the caller drops keys that already fired).
 * @example findAlerts({ entities: ['Rutte'], keywords: [] }, changed).map((a) => a.kind) // ['new-story', 'new-statement']
 */
export function findAlerts(list: Watchlist, changed: ChangedStory[]): Alert[] {
  const alerts: Alert[] = [];
  for (const { id, brief } of changed) {
    const matched = matchBrief(list, brief);
    const statements = brief.statements.flatMap((statement) => {
      const names = [statement.speaker, ...entityNames(brief, statement.entityId)];
      const watched = list.entities.filter((entity) => names.some((name) => nameMatches(name, entity)));
      const first = statement.quotes[0];
      return watched.length > 0 && first ? [{ statement, watched, first }] : [];
    });
    if (matched.entities.length === 0 && matched.keywords.length === 0 && statements.length === 0) continue;
    const story = { id, title: brief.title, ...storyUrl(brief) };
    alerts.push({ key: `story:${id}`, kind: 'new-story', story, matched });
    for (const { statement, watched, first } of statements) {
      alerts.push({
        key: hashId('statement', id, statement.speaker, first.text),
        kind: 'new-statement',
        story,
        matched: { entities: watched, keywords: [] },
        statement: { speaker: statement.speaker, text: first.text, articleId: first.span.articleId },
      });
    }
    for (const dispute of brief.disputes) {
      const sides = dispute.sides.map((side) => side.text);
      alerts.push({
        key: hashId('dispute', id, dispute.topic, ...sides),
        kind: 'new-dispute',
        story,
        matched,
        dispute: { topic: dispute.topic, sides },
      });
    }
  }
  return alerts;
}

function matchBrief(list: Watchlist, brief: Brief): Alert['matched'] {
  const names = brief.entities.flatMap((entity) => [entity.name, ...entity.aliases]);
  const text = [
    brief.title,
    ...brief.articles.map((a) => a.title),
    ...brief.quickLook.map((q) => q.text),
    ...brief.synthesis.map((s) => s.text),
  ].join('\n');
  return {
    entities: list.entities.filter((watched) => names.some((name) => nameMatches(name, watched))),
    keywords: list.keywords.filter((keyword) => containsWords(text, keyword)),
  };
}

function entityNames(brief: Brief, entityId: string | undefined): string[] {
  const entity = entityId === undefined ? undefined : brief.entities.find((e) => e.id === entityId);
  return entity ? [entity.name, ...entity.aliases] : [];
}

function storyUrl(brief: Brief): { url?: string } {
  const url = brief.articles.map((article) => article.url).find((u) => u && /^https?:\/\//i.test(u));
  return url ? { url } : {};
}

/** A name matches a watched name when it is that name or holds it as whole words ("Mark Rutte" holds "Rutte"). */
function nameMatches(name: string, watched: string): boolean {
  return containsWords(name, watched);
}

function containsWords(text: string, words: string): boolean {
  const needle = fold(words);
  if (!needle) return false;
  const escaped = escapeRegExp(needle).replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(fold(text));
}

const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
