/** Render the statements and claims of a brief set as CSV (RFC 4180), safe to open in a spreadsheet. */
import type { Brief, BriefSet, Span } from '../core/model.js';

const HEADER = [
  'story_id',
  'story_title',
  'kind',
  'speaker',
  'text',
  'subject',
  'value',
  'unit',
  'article_id',
  'outlet',
  'start',
  'end',
];

/**
 * One row per rendering of a statement and per span of a claim; CRLF line ends, every field quoted when it holds a
 * comma, quote or line break, and a cell that a spreadsheet would run as a formula (= + - @, tab, CR) prefixed with '.
 * @example toCsv({ version: 1, stories: [] }) // 'story_id,story_title,kind,…\r\n'
 */
export function toCsv(briefs: BriefSet): string {
  const rows: string[][] = [HEADER];
  for (const brief of briefs.stories) rows.push(...storyRows(brief));
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function storyRows(brief: Brief): string[][] {
  const outlets = new Map(brief.articles.map((a) => [a.id, a.outlet ?? '']));
  const at = (span: Span) => [span.articleId, outlets.get(span.articleId) ?? '', String(span.start), String(span.end)];
  const rows: string[][] = [];
  for (const statement of brief.statements) {
    for (const quote of statement.quotes) {
      rows.push([
        brief.id,
        brief.title,
        `statement:${statement.kind}`,
        statement.speaker,
        quote.text,
        '',
        '',
        '',
        ...at(quote.span),
      ]);
    }
  }
  for (const claim of brief.claims) {
    for (const span of claim.spans) {
      rows.push([
        brief.id,
        brief.title,
        claim.articles.length === 1 ? 'claim:single-source' : 'claim',
        '',
        claim.text,
        claim.subject ?? '',
        claim.value === undefined ? '' : String(claim.value),
        claim.unit ?? '',
        ...at(span),
      ]);
    }
  }
  return rows;
}

/**
 * One CSV field: formula-looking cells neutralised with a leading apostrophe (OWASP's CSV-injection advice), then
 * quoted with doubled quotes when needed.
 * @example csvField('=1+1') // "'=1+1"
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
