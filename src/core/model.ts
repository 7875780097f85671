/** The data model shared by every stage: plain typed records, nothing else crosses a stage boundary. */

/** A passage of an article's clean text: UTF-16 offsets, end exclusive (`text.slice(start, end)`). */
export interface Span {
  articleId: string;
  start: number;
  end: number;
}

/** A citation is a span used as evidence for something derived. */
export type Citation = Span;

/** What kind of raw content a document carries; decides how `extract` reads it. */
export type DocumentFormat = 'html' | 'text';

/**
 * One input item as read from a source, before extraction.
 * `id` is a content hash, so the same bytes always give the same id.
 */
export interface Document {
  id: string;
  /** Where it came from: a file path, URL, or `-` for stdin (with `#n` for items inside a container). */
  input: string;
  /** The caller's own id (a document object's `id`), kept so results can be joined back. */
  inputId?: string;
  format: DocumentFormat;
  content: string;
  /** Metadata the source already declared (a document object, a feed item); extraction may add to it. */
  url?: string;
  title?: string;
  outlet?: string;
  author?: string;
  publishedAt?: string;
  language?: string;
  /** The caller's grouping: documents with the same key form one story and are not clustered. */
  story?: string;
  /** Links the source itself gives as this item's provenance (a channel post's links); they become the article's cites. */
  cites?: string[];
  /**
   * The input's own convention that its first non-empty line is the title (a `.txt` / `.md` file, per the
   * interface), so a headline ending in a full stop is still the title. Unset for posts and document objects.
   */
  titleLine?: boolean;
}

/** The clean main text of one document with its metadata. */
export interface Article {
  id: string;
  input: string;
  inputId?: string;
  title: string;
  text: string;
  outlet?: string;
  author?: string;
  publishedAt?: string;
  url?: string;
  language?: string;
  /** Where the place line says the story was filed from ("BRUSSELS —"). */
  dateline?: string;
  /** Links the page names as its own sources (e.g. a "Wire provenance" list). */
  cites: string[];
  /** Notes about where the text comes from ("an edited version of an article which originally appeared in …"). */
  provenanceNotes: string[];
  story?: string;
}

export type EntityType = 'person' | 'organization' | 'place' | 'event' | 'other';

/** One real thing, with every place an article names it. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** Other names seen for it ("Rutte", "NATO Secretary-General Mark Rutte", "Nato"). */
  aliases: string[];
  mentions: Span[];
}

export interface Speaker {
  name: string;
  entityId?: string;
  /** The words in the text that identify the speaker (a name, a pronoun, a role). */
  mention?: Span;
}

/**
 * `direct`: a quoted sentence with its speaker; `partial`: quoted words inside the writer's sentence, given to a
 * speaker; `reported`: speech without quote marks; `scare`: words in quote marks that no one is said to speak (a
 * scare quote, a title, a nickname) — kept with a `reason`, never a statement.
 */
export type QuoteKind = 'direct' | 'partial' | 'reported' | 'scare';

export interface Quote {
  id: string;
  /** The quoted content, without the quote marks. */
  text: Span;
  speaker?: Speaker;
  /** The attribution verb or phrase ("said", "told dpa", "according to"). */
  cue?: Span;
  kind: QuoteKind;
  /**
   * Why a quote is of kind `scare` (no speaker, or a short phrase or a title with no speech cue), or why reported
   * content is no statement (no verb of its own: a stance's object or an action, kept as attribution evidence).
   */
  reason?: string;
}

/** A numeric or quantified statement, normalised where possible. */
export interface Claim {
  id: string;
  span: Span;
  value?: number;
  unit?: string;
  subject?: string;
  /** The claim's sentence text (equal to the text under `span`). */
  text: string;
  /** A quantifier over a group, when the claim is one ("most", "all", "only", "more than half"). */
  quantifier?: string;
  /** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the claim is about, when the text says so. */
  time?: string;
  /** What is measured or counted ("military spending", "deaths"), when the text says so. */
  measure?: string;
  /** True when the value is hedged ("around", "about", "nearly", "roughly"). */
  approximate?: boolean;
  /** A bound rather than a value: "more than 4" is a lower bound, "up to 5" an upper one. */
  bound?: 'lower' | 'upper';
  /** A range ("between 3 and 5 percent", "from 2 to 9 points"); `value` is then its upper end. */
  range?: { min: number; max: number };
  /** A change rather than a level: "rose 1 point" (up), "fell" (down), "doubling" (times). */
  change?: 'up' | 'down' | 'times';
}

/** A date or time expression, anchored to the article's own date when relative. */
export interface DateMention {
  span: Span;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) when it could be resolved. */
  value?: string;
}

/** Everything `analyze` finds in one article. */
export interface Analysis {
  articleId: string;
  sentences: Span[];
  /** Paragraph spans (blocks separated by line breaks), in order. */
  paragraphs: Span[];
  entities: Entity[];
  quotes: Quote[];
  claims: Claim[];
  dates: DateMention[];
  /** The code that made it, as stored ("triangulate 0.1.0+<digest>"): a stored analysis of other code is made again. */
  generator?: string;
}

/** An article with its analysis: what the stages after `analyze` work on. */
export interface AnalyzedArticle {
  article: Article;
  analysis: Analysis;
}

/** One happening inside a story thread (the two reports of one interview), a sub-group of its articles. */
export interface StoryEvent {
  id: string;
  title: string;
  articleIds: string[];
}

/** Articles that are copies of one report: the same page fetched twice, syndicated wire copy, an update. */
export interface DuplicateGroup {
  articleIds: string[];
  kind: 'exact' | 'near';
  /** Estimated word-shingle Jaccard similarity of the group's members (1 for exact copies). */
  similarity: number;
}

/** A group of articles about the same story. */
export interface Story {
  id: string;
  title: string;
  articleIds: string[];
  /** The events within the thread, when the clusterer distinguishes them. */
  events?: StoryEvent[];
}

/** Sentences in other articles of the same story that say the same as one sentence. */
export interface SentenceSupport {
  sentence: Span;
  support: Span[];
}

/** What `compare` finds across the sources of one story; `compose` turns it into a brief. */
export interface Comparison {
  storyId: string;
  /** Entities resolved across the story's articles. */
  entities: Entity[];
  statements: Statement[];
  claims: BriefClaim[];
  disputes: Dispute[];
  singleSource: SingleSourceClaim[];
  /** One entry per sentence of every article, in article then text order. */
  support: SentenceSupport[];
  /**
   * `support` plus the sentences of other articles that likely state the same fact in other words (not cited, but
   * no claim stated there is single-source, and no two brief entries should state it); absent without embeddings.
   */
  stated?: SentenceSupport[];
  /**
   * `stated` plus the sentences of other articles close in meaning that may state the same fact (uncertain): a brief
   * entry or claim is single-source only when no other outlet's sentence is here; absent without embeddings.
   */
  near?: SentenceSupport[];
  outlets: OutletComparison[];
}

/* ---------- the brief (the JSON contract of INTERFACE.md) ---------- */

/** The parts of a synthesis, in the order it tells them. */
export type NarrativeRole = 'event' | 'reaction' | 'dispute' | 'context';

export interface CitedText {
  text: string;
  citations: Citation[];
  /** Synthesis only: which paragraph (from 0) the sentence belongs to. */
  paragraph?: number;
  /** Synthesis only: its place in the narrative (what happened, a reaction, a disagreement, context). */
  role?: NarrativeRole;
  /** True when a language model wrote the sentence (it was then checked against its citations). */
  modelWritten?: boolean;
  /** What the verifier found doubtful about a model-written sentence that was kept. */
  flags?: string[];
  /** Set when the text is this article's headline (checked against the sentences it cites, which support it). */
  headlineOf?: string;
  /** Topics of the disputes this sentence takes one side of: what it states is contested by another source. */
  disputed?: string[];
  /** The one outlet whose articles all its citations lie in, when the story has several: not corroborated. */
  onlySource?: string;
}

export interface BriefArticle extends Article {
  input: string;
}

export interface StatementRendering {
  span: Span;
  text: string;
  /**
   * The attribution cue as the article wrote it ("denied", "told reporters", "according to"), when one was found:
   * reported speech is shown with it and without quotation marks, so "denied that he had sent …" never reads as
   * the speaker saying "he had sent …".
   */
  cue?: string;
}

/** One thing said, with every outlet's rendering of it. */
export interface Statement {
  speaker: string;
  entityId?: string;
  kind: QuoteKind;
  quotes: StatementRendering[];
  /** The article that carried it first (earliest date, then input order). */
  firstArticleId?: string;
}

export interface BriefClaim {
  text: string;
  subject?: string;
  value?: number;
  unit?: string;
  /** The claim's reading as `analyze` found it (see Claim): what is measured, how sure, bound, range, change. */
  measure?: Claim['measure'];
  quantifier?: Claim['quantifier'];
  time?: Claim['time'];
  approximate?: Claim['approximate'];
  bound?: Claim['bound'];
  range?: Claim['range'];
  change?: Claim['change'];
  spans: Span[];
  articles: string[];
}

export interface DisputeSide {
  text: string;
  spans: Span[];
}

export interface Dispute {
  topic: string;
  sides: DisputeSide[];
}

export interface SingleSourceClaim {
  text: string;
  span: Span;
}

export interface TimelineEntry {
  date: string;
  text: string;
  spans: Span[];
}

export interface FramingTerm {
  term: string;
  spans: Span[];
  /**
   * Why the term is shown: `distinctive` — used markedly more than by the other outlets (log-odds);
   * `loaded` — an evaluative word choice of the outlet's narration (a word of the loaded-word lexicon, outside
   * quotations).
   */
  kind?: 'distinctive' | 'loaded';
}

/** One facet (aspect) of a story: sentences of several outlets that are about the same thing. */
export interface FacetCoverage {
  /** The facet's id within the story (`f1`, `f2`, … in order of how many outlets cover it). */
  facet: string;
  /** The facet's most telling words, as a short label. */
  label: string;
  /** The sentences that show it: the outlet's own (covered) or the other outlets' (omitted). */
  spans: Span[];
}

/** An article's headline and lead sentence, and what they put first that the other outlets' do not. */
export interface HeadlineLead {
  articleId: string;
  headline: string;
  /** Where the headline stands in the text, when the text carries it. */
  headlineSpan?: Span;
  lead: string;
  leadSpan?: Span;
  /**
   * Words and names of this headline and lead that no other outlet's headline or lead has; a word only the
   * headline has, when the text does not carry the headline, has no span (the headline is the article's title).
   */
  emphasis: FramingTerm[];
}

export interface OutletComparison {
  outlet: string;
  articles: string[];
  framing: FramingTerm[];
  omits: string[];
  /** The story's shared facets this outlet covers, with its sentences on each. */
  covers?: FacetCoverage[];
  /** The facets most other outlets cover and this one does not, with their sentences. */
  omitsFacets?: FacetCoverage[];
  /** Headline and lead of each of the outlet's articles, compared with the other outlets'. */
  headlines?: HeadlineLead[];
}

export interface ProvenanceEntry {
  articleId: string;
  input: string;
  url?: string;
  cites: string[];
  notes: string[];
}

export interface BriefEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Span[];
}

export interface Brief {
  id: string;
  /** The brief's own headline when one could be written (see `headline`), else the story's title. */
  title: string;
  /** The brief's own headline with the passages it is cut from: the title, grounded. */
  headline?: CitedText;
  articles: BriefArticle[];
  quickLook: CitedText[];
  synthesis: CitedText[];
  statements: Statement[];
  claims: BriefClaim[];
  disputes: Dispute[];
  singleSource: SingleSourceClaim[];
  timeline: TimelineEntry[];
  outlets: OutletComparison[];
  provenance: ProvenanceEntry[];
  entities: BriefEntity[];
  /** Events within the story thread. */
  events?: StoryEvent[];
  /** Copies of one report counted once: syndicated wire copy, updates, the same page twice. */
  duplicates?: DuplicateGroup[];
  /** What the composer could not do (e.g. the model endpoint timed out), in plain words. */
  notes?: string[];
  /**
   * The code that made it ("triangulate 0.1.0+<digest>", and ", words only" without embeddings): a stored brief from
   * another build or setting is made again.
   */
  generator?: string;
}

/** The output of `triangulate brief --format json`. */
export interface BriefSet {
  version: 1;
  stories: Brief[];
}

/** One entry of the Atom and JSON feeds `watch` writes: a story that is new or was updated, as plain text. */
export interface StoryFeedEntry {
  /** The story's id. */
  id: string;
  status: 'new' | 'updated';
  title: string;
  /** When the entry last changed (ISO). */
  updated: string;
  /** The earliest article date of the story (ISO), when known. */
  published?: string;
  url?: string;
  quickLook: string[];
  synthesis: string[];
  outlets: string[];
}
