/** Render a brief set as JSON with keys in the order of the types in core/model.ts. */
import type {
  Brief,
  BriefArticle,
  BriefClaim,
  BriefEntity,
  BriefSet,
  CitedText,
  Dispute,
  DisputeSide,
  FacetCoverage,
  FramingTerm,
  HeadlineLead,
  OutletComparison,
  ProvenanceEntry,
  SingleSourceClaim,
  Span,
  Statement,
  StatementRendering,
  TimelineEntry,
} from '../core/model.js';

/** How to order an object's keys: each listed key in this order, its value laid out by the nested layout. */
type Layout = { readonly [key: string]: Layout | null };
/** A layout for `T`: only `T`'s keys may be listed (a key the model adds later lands after them, sorted). */
type LayoutOf<T> = { readonly [K in keyof T]?: Layout | null };

const layout = <T>(keys: LayoutOf<T>): Layout => keys as Layout;

const SPAN = layout<Span>({ articleId: null, start: null, end: null });
const ARTICLE = layout<BriefArticle>({
  id: null,
  input: null,
  inputId: null,
  title: null,
  text: null,
  outlet: null,
  author: null,
  publishedAt: null,
  url: null,
  language: null,
  dateline: null,
  cites: null,
  provenanceNotes: null,
  story: null,
});
const CITED_TEXT = layout<CitedText>({ text: null, citations: SPAN });
const STATEMENT = layout<Statement>({
  speaker: null,
  entityId: null,
  kind: null,
  quotes: layout<StatementRendering>({ span: SPAN, text: null }),
  firstArticleId: null,
});
const CLAIM = layout<BriefClaim>({
  text: null,
  subject: null,
  value: null,
  unit: null,
  measure: null,
  quantifier: null,
  time: null,
  approximate: null,
  bound: null,
  range: layout<NonNullable<BriefClaim['range']>>({ min: null, max: null }),
  change: null,
  spans: SPAN,
  articles: null,
});
const DISPUTE = layout<Dispute>({ topic: null, sides: layout<DisputeSide>({ text: null, spans: SPAN }) });
const SINGLE_SOURCE = layout<SingleSourceClaim>({ text: null, span: SPAN });
const TIMELINE = layout<TimelineEntry>({ date: null, text: null, spans: SPAN });
const FRAMING_TERM = layout<FramingTerm>({ term: null, spans: SPAN, kind: null });
const FACET_COVERAGE = layout<FacetCoverage>({ facet: null, label: null, spans: SPAN });
const OUTLET = layout<OutletComparison>({
  outlet: null,
  articles: null,
  framing: FRAMING_TERM,
  omits: null,
  covers: FACET_COVERAGE,
  omitsFacets: FACET_COVERAGE,
  headlines: layout<HeadlineLead>({
    articleId: null,
    headline: null,
    headlineSpan: SPAN,
    lead: null,
    leadSpan: SPAN,
    emphasis: FRAMING_TERM,
  }),
});
const PROVENANCE = layout<ProvenanceEntry>({ articleId: null, input: null, url: null, cites: null, notes: null });
const ENTITY = layout<BriefEntity>({ id: null, name: null, type: null, aliases: null, mentions: SPAN });
const BRIEF = layout<Brief>({
  id: null,
  title: null,
  articles: ARTICLE,
  quickLook: CITED_TEXT,
  synthesis: CITED_TEXT,
  statements: STATEMENT,
  claims: CLAIM,
  disputes: DISPUTE,
  singleSource: SINGLE_SOURCE,
  timeline: TIMELINE,
  outlets: OUTLET,
  provenance: PROVENANCE,
  entities: ENTITY,
});
const BRIEF_SET = layout<BriefSet>({ version: null, stories: BRIEF });

/**
 * `JSON.stringify(briefs, null, 2)` plus a final newline, with keys in the order of the model's types;
 * keys the types do not name (extensions) follow, sorted, so equal input always gives the same bytes.
 * @example toJson({ version: 1, stories: [] }) // '{\n  "version": 1,\n  "stories": []\n}\n'
 */
export function toJson(briefs: BriefSet): string {
  return `${JSON.stringify(arrange(briefs, BRIEF_SET), null, 2)}\n`;
}

function arrange(value: unknown, shape: Layout | null): unknown {
  if (Array.isArray(value)) return value.map((item) => arrange(item, shape));
  if (!isPlainObject(value)) return value;
  // A null prototype, so a "__proto__" key from parsed input stays an ordinary key.
  const out: Record<string, unknown> = Object.create(null);
  const known = shape === null ? [] : Object.keys(shape).filter((key) => Object.hasOwn(value, key));
  const rest = Object.keys(value)
    .filter((key) => shape === null || !Object.hasOwn(shape, key))
    .sort();
  for (const key of known) out[key] = arrange(value[key], shape?.[key] ?? null);
  for (const key of rest) out[key] = arrange(value[key], null);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
