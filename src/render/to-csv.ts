/** Render the statements, claims and disputes of a brief set as CSV (RFC 4180), safe to open in a spreadsheet. */
import type { Brief, BriefClaim, BriefSet, Span } from '../core/model.js';

/** The first twelve columns are those of schema version 1; later columns are added at the end, never in between. */
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
  'measure',
  'quantifier',
  'time',
  'approximate',
  'bound',
  'range_min',
  'range_max',
  'change',
  'dispute_topic',
  'dispute_side',
];

/** Empty cells for the claim-reading and dispute columns of a row that has none. */
const NO_READING = ['', '', '', '', '', '', '', ''];
const NO_DISPUTE = ['', ''];

/**
 * One row per rendering of a statement, per span of a claim and per span of each side of a dispute; CRLF line ends,
 * every field quoted when it holds a comma, quote or line break, and a cell that a spreadsheet would run as a
 * formula (= + - @, tab, CR) prefixed with '.
 * @example toCsv({ version: 1, stories: [] }) // 'story_id,story_title,kind,…\r\n'
 */
export function toCsv(briefs: BriefSet): string {
  const rows: string[][] = [HEADER];
  for (const brief of briefs.stories) for (const row of storyRows(brief)) rows.push(row); // no spread: may be 100k+
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function storyRows(brief: Brief): string[][] {
  const outlets = new Map(brief.articles.map((a) => [a.id, a.outlet ?? '']));
  const at = (span: Span | undefined) =>
    span ? [span.articleId, outlets.get(span.articleId) ?? '', String(span.start), String(span.end)] : ['', '', '', ''];
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
        ...NO_READING,
        ...NO_DISPUTE,
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
        ...readingCells(claim),
        ...NO_DISPUTE,
      ]);
    }
  }
  for (const dispute of brief.disputes) {
    dispute.sides.forEach((side, index) => {
      // A side with no span still gets its row: the disagreement is shown even when it cannot be located.
      for (const span of side.spans.length > 0 ? side.spans : [undefined]) {
        rows.push([
          brief.id,
          brief.title,
          'dispute',
          '',
          side.text,
          '',
          '',
          '',
          ...at(span),
          ...NO_READING,
          dispute.topic,
          String(index + 1),
        ]);
      }
    });
  }
  return rows;
}

function readingCells(claim: BriefClaim): string[] {
  return [
    claim.measure ?? '',
    claim.quantifier ?? '',
    claim.time ?? '',
    claim.approximate === undefined ? '' : String(claim.approximate),
    claim.bound ?? '',
    claim.range === undefined ? '' : String(claim.range.min),
    claim.range === undefined ? '' : String(claim.range.max),
    claim.change ?? '',
  ];
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
