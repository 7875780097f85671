/**
 * The facets of a story: its sentences grouped by what they are about (a sentence joins the group it resembles most
 * on average, else opens one), over every sentence of every outlet. A facet counts for the story when at least two outlets have a sentence in it.
 */
import { FACET_MIN_SIMILARITY } from '../core/config.js';
import type { AnalyzedArticle, Span } from '../core/model.js';
import { contentWords, countTerms, inverseFrequencies, type SparseVector, stem } from '../core/text.js';
import { dot, toUnitLength } from '../compose/unit-vectors.js';
import { americanSpelling } from '../core/spelling.js';

/** A sentence with fewer content words says too little to place (a byline, a heading, "He agreed."). */
const MIN_CONTENT_WORDS = 4;
/** Words in a facet's label. */
const LABEL_WORDS = 4;
/**
 * A sentence joins a facet from this mean cosine on. Higher than the composer's FACET_MIN_SIMILARITY: over every
 * sentence of a story, 0.1 lets one shared common word ("example") join sentences into a facet, and 0.2 splits
 * the seed story's spending facet (read on the seed story; there is no facet gold).
 */
const JOIN_SIMILARITY = 1.5 * FACET_MIN_SIMILARITY;
/** A facet is shared when at least this many of its words are used by two outlets or more within it. */
const MIN_SHARED_WORDS = 2;
/**
 * Facets kept per story, most widely covered first: a cap for big stories (500 articles make thousands of facets).
 * It was 10; once "defence" and "defense" became one word the seed story had 18 shared facets and the dpa interview
 * that Pars Today and Newslooks both report (EXPECTED.md) fell 11th, so every two-outlet facet of a small story stays.
 */
const MAX_FACETS = 20;
/**
 * Up to this many sentences every facet sharing a word with a sentence is scored. Beyond it (a story of hundreds of
 * articles: 500 PolNeAR articles make 15,600 sentences and 4,600 facets, and common words touch most of them),
 * candidates come from each sentence's CANDIDATE_TERMS heaviest words: 3.8 s → see bench "Compose time".
 */
const EXACT_SENTENCES = 3000;
const CANDIDATE_TERMS = 4;

export interface Facet {
  id: string;
  label: string;
  /** Outlet → its sentences in the facet: the members in reading order, then its other sentences close to it. */
  spansByOutlet: Map<string, Span[]>;
}

interface Placed {
  span: Span;
  outlet: string;
  vector: SparseVector;
}

interface Group {
  members: Placed[];
  /** Sum of the members' unit vectors: its dot with a sentence, over the size, is the mean cosine. */
  sum: SparseVector;
}

/**
 * Groups the story's sentences into facets and keeps those covered by two outlets or more, most widely covered first.
 * @example findFacets(groups)[0] // { id: 'f1', label: 'defence · spending · percent · gdp', spansByOutlet: Map {…} }
 */
export function findFacets(groups: Map<string, AnalyzedArticle[]>): Facet[] {
  const placed: Placed[] = [];
  const surfaces = new Map<string, Map<string, number>>();
  const nameWords = new Set<string>();
  for (const [outlet, items] of groups) {
    for (const { article, analysis } of items) {
      for (const entity of analysis.entities)
        for (const m of entity.mentions)
          for (const word of contentWords(article.text.slice(m.start, m.end))) nameWords.add(word);
      for (const span of analysis.sentences) {
        const text = article.text.slice(span.start, span.end);
        const words = facetWords(text);
        if (words.length < MIN_CONTENT_WORDS) continue;
        placed.push({ span, outlet, vector: countTerms(words) });
        noteSurfaces(text, surfaces);
      }
    }
  }
  const idf = inverseFrequencies(placed.map((p) => p.vector));
  for (const { vector } of placed) {
    for (const [term, count] of vector) vector.set(term, count * (idf.get(term) ?? 0));
    toUnitLength(vector);
  }
  const facets: Group[] = [];
  // term → the facets whose sentences use it: a sentence is compared only with facets it shares a word with
  // (any other has similarity 0), so a story of thousands of sentences is not compared facet by facet.
  const facetsWith = new Map<string, number[]>();
  const similarity: number[] = [];
  const exact = placed.length <= EXACT_SENTENCES;
  for (const sentence of placed) {
    const touched: number[] = [];
    if (exact) {
      for (const [term, weight] of sentence.vector) {
        for (const f of facetsWith.get(term) ?? []) {
          if (similarity[f] === 0) touched.push(f);
          similarity[f]! += weight * facets[f]!.sum.get(term)!;
        }
      }
    } else {
      // Candidates through the sentence's heaviest (rarest) words only, each then scored on all its words.
      for (const term of heaviest(sentence.vector, CANDIDATE_TERMS)) {
        for (const f of facetsWith.get(term) ?? []) {
          if (similarity[f] !== 0) continue;
          touched.push(f);
          similarity[f] = dot(sentence.vector, facets[f]!.sum) || Number.MIN_VALUE;
        }
      }
    }
    let best = -1;
    let bestSimilarity = JOIN_SIMILARITY;
    // In facet order, later ones winning ties, as a scan over every facet would.
    for (const f of touched.sort((x, y) => x - y)) {
      const mean = similarity[f]! / facets[f]!.members.length;
      similarity[f] = 0;
      if (mean >= bestSimilarity) {
        best = f;
        bestSimilarity = mean;
      }
    }
    if (best < 0) {
      best = facets.length;
      facets.push({ members: [], sum: new Map() });
      similarity.push(0);
    }
    const facet = facets[best]!;
    facet.members.push(sentence);
    for (const [term, weight] of sentence.vector) {
      if (!facet.sum.has(term)) {
        if (!facetsWith.has(term)) facetsWith.set(term, []);
        facetsWith.get(term)!.push(best);
      }
      facet.sum.set(term, (facet.sum.get(term) ?? 0) + weight);
    }
  }
  const shared = facets
    .map((facet, order) => ({
      facet,
      order,
      outlets: new Set(facet.members.map((m) => m.outlet)),
      words: sharedWords(facet, idf, nameWords),
    }))
    .filter(({ outlets, words }) => outlets.size >= 2 && words.length >= MIN_SHARED_WORDS)
    .sort(
      (a, b) => b.outlets.size - a.outlets.size || b.facet.members.length - a.facet.members.length || a.order - b.order,
    )
    .slice(0, MAX_FACETS);
  return shared.map(({ facet, words }, i) => {
    const spansByOutlet = new Map<string, Span[]>();
    for (const member of facet.members) {
      if (!spansByOutlet.has(member.outlet)) spansByOutlet.set(member.outlet, []);
      spansByOutlet.get(member.outlet)!.push(member.span);
    }
    // A sentence placed in another facet it resembles more may still be about this one: an outlet counts as
    // covering the facet when any of its sentences is close to the facet's centroid (a looser test than the mean
    // cosine that placed the members), so an omission is only reported when none is.
    const members = new Set(facet.members);
    const centroid = new Map(facet.sum);
    toUnitLength(centroid);
    for (const sentence of placed) {
      if (members.has(sentence)) continue;
      if (dot(centroid, sentence.vector) < JOIN_SIMILARITY) continue;
      if (!spansByOutlet.has(sentence.outlet)) spansByOutlet.set(sentence.outlet, []);
      spansByOutlet.get(sentence.outlet)!.push(sentence.span);
    }
    return {
      id: `f${i + 1}`,
      label: words
        .slice(0, LABEL_WORDS)
        .map((term) => surfaceOf(term, surfaces))
        .join(' · '),
      spansByOutlet,
    };
  });
}

/**
 * The facet's words that two outlets or more use in it, heaviest first: what the outlets share about it. Weighed
 * once more by rarity in the story, and words of names weigh a quarter, so the names the whole story is about
 * ("NATO", "Secretary-General Mark Rutte") do not label every facet: the label says what is said about them.
 */
function sharedWords(facet: Group, idf: Map<string, number>, nameWords: ReadonlySet<string>): string[] {
  const outletsOf = new Map<string, Set<string>>();
  for (const member of facet.members) {
    for (const term of member.vector.keys()) {
      if (!outletsOf.has(term)) outletsOf.set(term, new Set());
      outletsOf.get(term)!.add(member.outlet);
    }
  }
  return [...facet.sum]
    .filter(([term]) => outletsOf.get(term)!.size >= 2 && !/^\d/.test(term))
    .map(([term, weight]): [string, number] => [term, weight * (idf.get(term) ?? 0) * (nameWords.has(term) ? 0.25 : 1)])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([term]) => term);
}

/** Content words, a percentage split into its number and "percent" so "2%" and "2 percent" match. */
function facetWords(text: string): string[] {
  return contentWords(text, { americanSpelling: true }).flatMap((word) =>
    /^\d[\d.,]*%$/.test(word) ? [word.slice(0, -1), 'percent'] : [word],
  );
}

/** Counts, per stem, the lower-case forms the text writes it in. */
function noteSurfaces(text: string, surfaces: Map<string, Map<string, number>>): void {
  for (const match of text.matchAll(/[\p{L}][\p{L}'’-]*[\p{L}]/gu)) {
    const written = match[0].toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
    const key = stem(americanSpelling(written));
    if (!surfaces.has(key)) surfaces.set(key, new Map());
    const forms = surfaces.get(key)!;
    forms.set(written, (forms.get(written) ?? 0) + 1);
  }
}

/** The `count` terms of a unit vector with the largest weights (ties by term, for a stable order). */
function heaviest(vector: SparseVector, count: number): string[] {
  return [...vector]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([term]) => term);
}

function surfaceOf(term: string, surfaces: Map<string, Map<string, number>>): string {
  const forms = surfaces.get(term);
  if (!forms) return term;
  return [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}
