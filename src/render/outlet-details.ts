/**
 * The outlet-by-outlet details both document renderers show: framing terms with their kind, headline and lead
 * with what each puts first, and the story's facets the outlet covers and leaves out. Format-neutral: the caller
 * passes its own escaper and citation marker, so Markdown and HTML escape all source text the same way.
 */
import type { FramingTerm, OutletComparison, Span } from '../core/model.js';
import { shorten } from './citations.js';

export interface OutletFormat {
  /** Escapes source text for the output format. */
  escapeText: (text: string) => string;
  /** The citation marker for spans (empty for none). */
  cite: (spans: readonly Span[]) => string;
}

/** One labelled line per detail: [label, content]. Details the outlet entry lacks (older briefs) are left out. */
export type DetailLine = [label: string, content: string];

/** Framing terms, a loaded word marked as such. */
export function framingText(framing: readonly FramingTerm[], { escapeText, cite }: OutletFormat): string {
  return (
    framing
      .map((f) => `“${escapeText(f.term)}”${cite(f.spans)}${f.kind === 'loaded' ? ' (loaded word)' : ''}`)
      .join('; ') || 'no framing terms found.'
  );
}

/**
 * Headline-and-lead lines (one per article) and the facet lines, for one outlet.
 * @example outletDetails(outlet, { escapeText: md, cite })[0] // ['Headline and lead', '“Rutte Opposes …” — lead: …']
 */
export function outletDetails(outlet: OutletComparison, format: OutletFormat): DetailLine[] {
  const { escapeText, cite } = format;
  const lines: DetailLine[] = [];
  for (const front of outlet.headlines ?? []) {
    const headline = `“${escapeText(shorten(front.headline, 160))}”${front.headlineSpan ? cite([front.headlineSpan]) : ''}`;
    const lead = front.lead
      ? ` — lead: “${escapeText(shorten(front.lead, 240))}”${front.leadSpan ? cite([front.leadSpan]) : ''}`
      : '';
    const first =
      front.emphasis.length > 0
        ? ` — puts first: ${front.emphasis.map((e) => `“${escapeText(e.term)}”${cite(e.spans)}`).join(', ')}`
        : '';
    lines.push(['Headline and lead', `${headline}${lead}${first}`]);
  }
  if (outlet.covers)
    lines.push([
      'Covers',
      outlet.covers.map((c) => `${escapeText(c.label)}${cite(c.spans)}`).join('; ') ||
        'no facet shared with other outlets.',
    ]);
  if (outlet.omitsFacets)
    lines.push([
      'Leaves out',
      outlet.omitsFacets.map((c) => `${escapeText(c.label)}${cite(c.spans)}`).join('; ') ||
        'no facet most other outlets cover.',
    ]);
  return lines;
}
