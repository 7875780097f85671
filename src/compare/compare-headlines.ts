/**
 * Headline and lead compared across outlets: what each outlet puts first. For every article its headline and lead
 * sentence, and the names and words of the two that no other outlet's headline or lead has.
 */
import type { AnalyzedArticle, Entity, FramingTerm, HeadlineLead, Span } from '../core/model.js';
import { isStopWord, stem } from '../core/text.js';

/** A lead shorter than this many words is a byline, a kicker or a dateline, not the lead. */
const LEAD_MIN_WORDS = 6;
/** Emphasis terms shown per headline and lead. */
const MAX_EMPHASIS = 6;

interface Mark {
  /** A name's entity id (`e:…`) or a word's stem (`w:…`): what is compared across outlets. */
  key: string;
  /** As the reader sees it: the entity's name or the word as written. */
  term: string;
  /** Where it stands in the text (none when only the headline, absent from the text, has it). */
  span?: Span;
  /**
   * Compared but never shown: a word inside a name (another outlet's "Secretary General" is not new; the name
   * shows it), or the outlet's own name.
   */
  insideName?: boolean;
}

interface Front {
  item: AnalyzedArticle;
  entry: HeadlineLead;
  marks: Mark[];
}

/**
 * Names are compared by the story-wide entity (`entities`, merged across articles), so "Rutte" and "Mark Rutte" match.
 * @example compareHeadlines(groups, entities).get('Newslooks')?.[0].emphasis.map((e) => e.term) // ['opposes', …]
 */
export function compareHeadlines(
  groups: Map<string, AnalyzedArticle[]>,
  entities: Entity[],
): Map<string, HeadlineLead[]> {
  const named = entities.filter((entity) => entity.type !== 'other');
  // Each article's name mentions, gathered once: looking them up per article over every entity was quadratic.
  const mentionsByArticle = new Map<string, { entity: Entity; mention: Span }[]>();
  for (const entity of named) {
    for (const mention of entity.mentions) {
      const list = mentionsByArticle.get(mention.articleId);
      if (list === undefined) mentionsByArticle.set(mention.articleId, [{ entity, mention }]);
      else list.push({ entity, mention });
    }
  }
  const fronts = new Map<string, Front[]>();
  for (const [outlet, items] of groups) {
    // An outlet naming itself ("Pars Today – The NATO Secretary General …") is a byline, not what it puts first.
    const self = outlet.toLowerCase();
    const selfKeys = new Set(
      named.filter((e) => [e.name, ...e.aliases].some((name) => name.toLowerCase() === self)).map((e) => `e:${e.id}`),
    );
    const list = items.map((item) => frontOf(item, named, mentionsByArticle));
    for (const front of list) for (const mark of front.marks) if (selfKeys.has(mark.key)) mark.insideName = true;
    fronts.set(outlet, list);
  }
  const result = new Map<string, HeadlineLead[]>();
  for (const [outlet, own] of fronts) {
    const elsewhere = new Set<string>();
    for (const [other, list] of fronts)
      if (other !== outlet) for (const f of list) for (const m of f.marks) elsewhere.add(m.key);
    result.set(
      outlet,
      own.map(({ entry, marks }) => {
        // With no other outlet there is nothing to set the headline apart from.
        if (fronts.size < 2) return entry;
        const emphasis = new Map<string, FramingTerm>();
        for (const mark of marks) {
          if (mark.insideName || elsewhere.has(mark.key)) continue;
          if (!emphasis.has(mark.key)) {
            if (emphasis.size >= MAX_EMPHASIS) continue;
            emphasis.set(mark.key, { term: mark.term, spans: [] });
          }
          if (mark.span) emphasis.get(mark.key)!.spans.push(mark.span);
        }
        return { ...entry, emphasis: [...emphasis.values()] };
      }),
    );
  }
  return result;
}

function frontOf(
  item: AnalyzedArticle,
  entities: Entity[],
  mentionsByArticle: Map<string, { entity: Entity; mention: Span }[]>,
): Front {
  const { article, analysis } = item;
  const headline = article.title.trim();
  const headlineSpan = findHeadline(article.id, article.text, headline);
  const leadSpan = analysis.sentences.find(
    (s) =>
      (!headlineSpan || s.end > headlineSpan.end || s.start < headlineSpan.start) &&
      article.text.slice(s.start, s.end).split(/\s+/).length >= LEAD_MIN_WORDS,
  );
  const entry: HeadlineLead = {
    articleId: article.id,
    headline,
    lead: leadSpan ? article.text.slice(leadSpan.start, leadSpan.end) : '',
    emphasis: [],
  };
  if (headlineSpan) entry.headlineSpan = headlineSpan;
  if (leadSpan) entry.leadSpan = leadSpan;
  const marks: Mark[] = [];
  // The headline when the text does not carry it: its names (by alias) and its words, without a place in the text.
  if (!headlineSpan) marks.push(...marksOfHeadline(entities, headline));
  const mentions = mentionsByArticle.get(article.id) ?? [];
  for (const span of [headlineSpan, leadSpan]) if (span) marks.push(...marksIn(item, mentions, span));
  return { item, entry, marks };
}

/** The headline's place in the text: exact, or the start of the sentence it was cut from ("…"). */
function findHeadline(articleId: string, text: string, headline: string): Span | undefined {
  const cut = headline.replace(/\s*(?:…|\.\.\.)$/, '');
  if (cut.length < 3) return undefined;
  const at = text.indexOf(cut);
  return at < 0 ? undefined : { articleId, start: at, end: at + cut.length };
}

/** Names (by entity) and content words inside a span of the article's text. */
function marksIn(
  { article }: AnalyzedArticle,
  mentions: readonly { entity: Entity; mention: Span }[],
  span: Span,
): Mark[] {
  const marks: Mark[] = [];
  const named: [number, number][] = [];
  for (const { entity, mention: m } of mentions) {
    if (m.start < span.start || m.end > span.end) continue;
    named.push([m.start, m.end]);
    marks.push({ key: `e:${entity.id}`, term: entity.name, span: m });
  }
  const text = article.text.slice(span.start, span.end);
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’%.-]*[\p{L}\p{N}%]/gu)) {
    const start = span.start + match.index;
    const mark = wordMark(match[0], { articleId: article.id, start, end: start + match[0].length });
    if (!mark) continue;
    if (named.some(([from, to]) => from <= start && start < to)) mark.insideName = true;
    marks.push(mark);
  }
  return marks.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

/** Marks of a headline the text does not carry: names found by their aliases, then the other words. */
function marksOfHeadline(entities: Entity[], headline: string): Mark[] {
  const marks: Mark[] = [];
  const named: [number, number][] = [];
  for (const entity of entities) {
    for (const alias of [entity.name, ...entity.aliases]) {
      const at = findWord(headline, alias);
      if (at < 0) continue;
      named.push([at, at + alias.length]);
      marks.push({ key: `e:${entity.id}`, term: entity.name });
      break;
    }
  }
  for (const match of headline.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’%.-]*[\p{L}\p{N}%]/gu)) {
    const mark = wordMark(match[0]);
    if (!mark) continue;
    if (named.some(([from, to]) => from <= match.index && match.index < to)) mark.insideName = true;
    marks.push(mark);
  }
  return marks;
}

function wordMark(written: string, span?: Span): Mark | undefined {
  const word = written.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  if (isStopWord(word) || (word.length < 3 && !/\d/.test(word))) return undefined;
  const mark: Mark = { key: `w:${stem(word)}`, term: word };
  if (span) mark.span = span;
  return mark;
}

/** Where `word` stands in `text` as a whole word (not inside a longer one), or -1. */
function findWord(text: string, word: string): number {
  if (word === '') return -1;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
  }
  return -1;
}
