/** Wrap cited passages of an article's text in `<mark>`s, correctly for nested and crossing spans. */
import type { Span } from '../core/model.js';
import { anchorId, clampSpan } from './citations.js';
import { escapeHtml } from './escape-html.js';

interface Passage {
  id: string;
  start: number;
  end: number;
}

/**
 * The article text as escaped HTML with each distinct span in a `<mark id="a-…">` (see `anchorId`).
 * The text is split at every span boundary: nested spans nest; where two spans cross, the later-ending
 * one is closed and reopened as a continuation `<mark>` without an id. Every piece of a span carries
 * `data-span` with the span's id, so all pieces can be found. The text content is unchanged.
 * @example markPassages('a b c', [{ articleId: 'x', start: 2, end: 3 }]) // 'a <mark id="a-x-2-3" data-span="a-x-2-3">b</mark> c'
 */
export function markPassages(
  text: string,
  spans: readonly Span[],
  backLink: (passageId: string) => string = () => '',
): string {
  const passages = distinctPassages(text.length, spans);
  const boundaries = [...new Set([0, text.length, ...passages.flatMap((p) => [p.start, p.end])])].sort((a, b) => a - b);
  const startingAt = new Map<number, Passage[]>();
  for (const p of passages) {
    const list = startingAt.get(p.start);
    if (list) list.push(p);
    else startingAt.set(p.start, [p]);
  }
  const open: Passage[] = [];
  const continued = new Set<string>();
  let html = '';
  for (const [i, at] of boundaries.entries()) {
    const lowest = open.findIndex((p) => p.end === at);
    if (lowest >= 0) {
      const closed = open.splice(lowest);
      // Innermost first. The piece that carries the passage's id ends with the way back to where it is cited
      // (a link with no text of its own, so the text is unchanged; CSS shows it for the target passage only).
      for (let j = closed.length - 1; j >= 0; j--) {
        const p = closed[j]!;
        if (!continued.has(p.id)) html += backLink(p.id);
        html += '</mark>';
      }
      for (const p of closed.filter((q) => q.end !== at)) {
        continued.add(p.id);
        html += `<mark class="cont" data-span="${escapeHtml(p.id)}">`;
        open.push(p);
      }
    }
    const starting = startingAt.get(at) ?? [];
    for (const p of starting.filter((q) => q.end === at)) {
      html += `<mark id="${escapeHtml(p.id)}" class="empty" data-span="${escapeHtml(p.id)}"></mark>`;
    }
    for (const p of starting.filter((q) => q.end > at)) {
      html += `<mark id="${escapeHtml(p.id)}" data-span="${escapeHtml(p.id)}">`;
      open.push(p);
    }
    const next = boundaries[i + 1];
    if (next !== undefined) html += escapeHtml(text.slice(at, next));
  }
  return html;
}

/** Distinct spans clamped into the text, sorted so that at one start the longer span opens first (outside). */
function distinctPassages(length: number, spans: readonly Span[]): Passage[] {
  const byId = new Map<string, Passage>();
  for (const span of spans) {
    const id = anchorId(span);
    if (!byId.has(id)) byId.set(id, { id, ...clampSpan(length, span) });
  }
  return [...byId.values()].sort(
    (a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
