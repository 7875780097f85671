/**
 * What each outlet leaves out: the people, organisations and places most of the other outlets name, and the
 * facets of the story most of the other outlets cover.
 */
import type { AnalyzedArticle, Entity, FacetCoverage, Span } from '../core/model.js';
import { escapeRegExp } from '../core/text.js';
import type { Facet } from './find-facets.js';

/** Something counts as widely covered when at least this share of the other outlets have it (and at least two). */
const WIDELY_COVERED_SHARE = 0.5;
/** Sentences shown per facet: enough to see what it is about. */
const MAX_SPANS_PER_FACET = 3;
/** Omitted facets shown per outlet, most widely covered first: a longer list says only "this one is different". */
const MAX_OMITTED_FACETS = 5;

/** True when `count` of the other outlets (of `outlets` in the story) is wide coverage. */
function widelyCovered(count: number, outlets: number): boolean {
  return count >= 2 && count >= (outlets - 1) * WIDELY_COVERED_SHARE;
}

/** A name's last word, past a generational suffix: the word an outlet that names the person surely uses. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
function surnameOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => !SUFFIX.test(w.replace(/,$/, '')));
  const last = words.at(-1)?.replace(/[,.]$/, '');
  return last !== undefined && last.length > 1 ? last : undefined;
}

/**
 * True when the outlet's text names the entity in a form the entity resolution did not join to it: a person by the
 * surname ("Bibi Netanyahu" is not "Benjamin Netanyahu" to the resolver, but the outlet did not leave him out), any
 * other thing by its name or an alias. An omission is a charge against an outlet: only when it holds for sure.
 */
function namedInText(entity: Entity, text: string): boolean {
  const forms = entity.type === 'person' ? [surnameOf(entity.name)] : [entity.name, ...entity.aliases];
  return forms.some(
    (form) =>
      form !== undefined && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'u').test(text),
  );
}

/**
 * @example findOmissions(groups, entities).get('UK Defence Journal') // ['dpa', 'Donald Trump']
 */
export function findOmissions(groups: Map<string, AnalyzedArticle[]>, entities: Entity[]): Map<string, string[]> {
  const outletOf = new Map<string, string>();
  for (const [outlet, items] of groups) for (const { article } of items) outletOf.set(article.id, outlet);
  const coverage = entities
    .filter((entity) => entity.type !== 'other')
    .map((entity) => ({
      entity,
      outlets: new Set(entity.mentions.map((m) => outletOf.get(m.articleId)).filter((o) => o !== undefined)),
    }));
  const result = new Map<string, string[]>();
  for (const [outlet, items] of groups) {
    const text = items.map(({ article }) => `${article.title}\n${article.text}`).join('\n');
    const omitted = coverage
      .filter(({ outlets }) => !outlets.has(outlet))
      .filter(({ outlets }) => widelyCovered(outlets.size, groups.size))
      .filter(({ entity }) => !namedInText(entity, text))
      .sort((a, b) => b.outlets.size - a.outlets.size || a.entity.name.localeCompare(b.entity.name))
      .map(({ entity }) => entity.name);
    result.set(outlet, omitted);
  }
  return result;
}

export interface FacetCoverageOfOutlet {
  covers: FacetCoverage[];
  omits: FacetCoverage[];
}

/**
 * Per outlet, the story's facets it covers (with its own sentences) and those most other outlets cover but it
 * does not (with theirs, one per outlet first so each voice shows).
 * @example findFacetCoverage(groups, findFacets(groups)).get('Pars Today')?.omits[0].label // 'greenland · deal · trump'
 */
export function findFacetCoverage(
  groups: Map<string, AnalyzedArticle[]>,
  facets: Facet[],
): Map<string, FacetCoverageOfOutlet> {
  const result = new Map<string, FacetCoverageOfOutlet>();
  for (const outlet of groups.keys()) {
    const covers: FacetCoverage[] = [];
    const omits: FacetCoverage[] = [];
    for (const facet of facets) {
      const own = facet.spansByOutlet.get(outlet);
      if (own) covers.push({ facet: facet.id, label: facet.label, spans: own.slice(0, MAX_SPANS_PER_FACET) });
      else if (omits.length < MAX_OMITTED_FACETS && widelyCovered(facet.spansByOutlet.size, groups.size))
        omits.push({ facet: facet.id, label: facet.label, spans: roundRobin([...facet.spansByOutlet.values()]) });
    }
    result.set(outlet, { covers, omits });
  }
  return result;
}

/** The first span of each list, then the second of each, … up to MAX_SPANS_PER_FACET. */
function roundRobin(lists: Span[][]): Span[] {
  const out: Span[] = [];
  for (let i = 0; out.length < MAX_SPANS_PER_FACET; i++) {
    const before = out.length;
    for (const list of lists) if (list[i] && out.length < MAX_SPANS_PER_FACET) out.push(list[i]!);
    if (out.length === before) break;
  }
  return out;
}
