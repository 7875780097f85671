/** Cross-article entity resolution: one entry per real thing across a set of analyses. */
import type { Analysis, Entity } from '../core/model.js';
import { fullNameKey, middleOf, type NameParts, nameParts, plainNameKey } from './resolve-persons.js';

/** The merged entities of a set of articles, and the merged entity each article-level entity id went into. */
export interface MergedEntities {
  entities: Entity[];
  /** Article-level entity id (as quotes' speakers carry it) → the merged entity. */
  byMemberId: Map<string, Entity>;
}

/**
 * Merge the entities of several articles: same id; a bare surname and an unambiguous full name; shared names or
 * aliases (acronym ↔ expansion, case-insensitive acronyms). Mentions from every article; sorted by mention count.
 * @example mergeEntities([a001, a004]).find((e) => e.name === 'DPA')?.aliases // → ['German Press Agency', 'dpa']
 */
export function mergeEntities(analyses: Analysis[]): Entity[] {
  return mergeEntityIndex(analyses).entities;
}

/**
 * Merge as `mergeEntities` does, and say where each article-level entity went, so that a quote's speaker (which
 * carries its article's entity id) can be named by the story-wide entity ("Trump" in one article → "Donald Trump").
 * @example mergeEntityIndex(analyses).byMemberId.get(quote.speaker.entityId)?.name // → 'Mark Rutte'
 */
export function mergeEntityIndex(analyses: Analysis[]): MergedEntities {
  const all: Entity[] = analyses.flatMap((a) => a.entities);
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    let c = i;
    while (parent[c] !== r) {
      const next = parent[c]!;
      parent[c] = r;
      c = next;
    }
    return r;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byKey = new Map<string, number>();
  const link = (key: string, i: number) => {
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, i);
    else union(seen, i);
  };
  const surnames = new Map<string, Map<string, number>>();
  // Full names that differ only in middle initials are one person unless the story has two sets of them for one
  // name ("George W. Bush", "George H.W. Bush").
  const middles = new Map<string, Set<string>>();
  for (const entity of all) {
    const key = entity.type === 'person' ? fullNameKey(entity.name) : undefined;
    if (key === undefined || middleOf(entity.name) === '') continue;
    const set = middles.get(key) ?? new Set<string>();
    set.add(middleOf(entity.name));
    middles.set(key, set);
  }
  all.forEach((entity, i) => {
    link(`id\u0000${entity.id}`, i);
    if (entity.type === 'person') {
      const key = fullNameKey(entity.name);
      if (key !== undefined) {
        const apart = (middles.get(key)?.size ?? 0) > 1 && middleOf(entity.name) !== '';
        link(`person\u0000${apart ? `${key} | ${middleOf(entity.name)}` : key}`, i);
        const parts = nameParts(entity.name);
        for (const surname of surnameKeys(parts)) {
          const counts = surnames.get(surname) ?? new Map<string, number>();
          counts.set(key, (counts.get(key) ?? 0) + entity.mentions.length);
          surnames.set(surname, counts);
        }
      }
      return;
    }
    // Places are already canonical (gazetteer); their aliases may name another place ("Washington" as the US government).
    const names = entity.type === 'place' ? [entity.name] : [entity.name, ...entity.aliases];
    for (const name of names) link(`${entity.type}\u0000${normal(name)}`, i);
    // An organisation one article could not type meets its typed spelling elsewhere ("N.R.A." / "NRA"), and an
    // acronym meets its expansion ("NRA" / "National Rifle Association").
    if (entity.type === 'organization' || entity.type === 'other') {
      for (const name of names) {
        link(`named\u0000${normal(name)}`, i);
        const initials = acronymOf(name);
        if (initials !== undefined) link(`named\u0000${initials}`, i);
      }
    }
  });
  // "Eric H. Holder Jr." in one outlet is "Eric Holder" in another, unless one article names both (father and son).
  const keysByArticle = analyses.map(
    (a) => new Set(a.entities.filter((e) => e.type === 'person').map((e) => fullNameKey(e.name) ?? '')),
  );
  all.forEach((entity, i) => {
    if (entity.type !== 'person') return;
    const plain = plainNameKey(entity.name);
    const key = fullNameKey(entity.name);
    // Only the formal style with a middle initial ("Eric H. Holder Jr.", "Robert S. Mueller III"): a plain "Donald
    // Trump Jr." is usually the son of a "Donald Trump" named elsewhere in the story (BASIL triplets).
    if (plain === undefined || key === undefined || middleOf(entity.name) === '') return;
    if (keysByArticle.some((keys) => keys.has(plain) && keys.has(key))) return;
    if (byKey.has(`person\u0000${plain}`)) link(`person\u0000${plain}`, i);
  });
  all.forEach((entity, i) => {
    if (entity.type !== 'person' || fullNameKey(entity.name) !== undefined) return;
    const full = dominant(surnames.get(normal(entity.name)));
    if (full !== undefined) link(`person\u0000${full}`, i);
  });
  // "The Times reported" beside "The New York Times": a one-word organisation is the only longer one it ends.
  const orgsByLastWord = new Map<string, Set<string>>();
  const orgIndex = new Map<string, number>();
  all.forEach((entity, i) => {
    if (entity.type !== 'organization' || !entity.name.includes(' ')) return;
    const last = normal(entity.name.split(/\s+/).at(-1) ?? '');
    orgsByLastWord.set(last, (orgsByLastWord.get(last) ?? new Set()).add(normal(entity.name)));
    orgIndex.set(normal(entity.name), i);
  });
  all.forEach((entity, i) => {
    if (entity.type !== 'organization' || entity.name.includes(' ')) return;
    const longer = orgsByLastWord.get(normal(entity.name));
    if (longer?.size === 1) union(i, orgIndex.get([...longer][0]!)!);
  });
  const groups = new Map<number, Entity[]>();
  all.forEach((entity, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(entity);
    groups.set(root, group);
  });
  const byMemberId = new Map<string, Entity>();
  const merged = [...groups.values()].map((group) => {
    const entity = combine(group);
    for (const member of group) byMemberId.set(member.id, entity);
    return entity;
  });
  merged.sort((a, b) => b.mentions.length - a.mentions.length || compare(a.name, b.name) || compare(a.id, b.id));
  return { entities: merged, byMemberId };
}

/** The keys a bare surname mention may use for a full name: "trump", and "trump jr" for "Donald Trump Jr.". */
function surnameKeys(parts: NameParts): string[] {
  const surname = normal(parts.surname);
  return parts.suffix === '' ? [surname] : [`${surname} ${normal(parts.suffix)}`];
}

/**
 * The full name a bare surname names across a story: the only one with that surname, or the one named far more
 * often than any other (the story's "Trump" is Donald Trump, not Melania Trump named once).
 */
function dominant(counts: Map<string, number> | undefined): string | undefined {
  if (counts === undefined) return undefined;
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
  const [first, second] = ranked;
  if (first === undefined) return undefined;
  if (second === undefined || first[1] >= DOMINANT_SHARE * second[1]) return first[0];
  return undefined;
}

/** Articles and particles an acronym skips ("National Rifle Association" → NRA, "Bank of England" → BOE). */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', '&']);

/** The acronym of a name of three or more capitalised words, lower-cased ('nra'), else undefined. */
function acronymOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => w !== '' && !ACRONYM_SKIPS.has(w.toLowerCase()));
  if (words.length < 3 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return undefined;
  return words.map((w) => w[0]!.toLowerCase()).join('');
}

/** A full name owns a shared bare surname story-wide when it has at least this many times the mentions of the next. */
const DOMINANT_SHARE = 3;

function normal(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[’']/g, "'")
    .replace(/\./g, '')
    .trim();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The canonical entry of a group: for a person, the full name most often used (then the longest: "Donald J. Trump"
 * when both spellings are equally common); for anything else, the name with the most mentions.
 */
function combine(group: Entity[]): Entity {
  const full = (e: Entity) => (e.type === 'person' && fullNameKey(e.name) !== undefined ? 1 : 0);
  const ranked = [...group].sort(
    (a, b) =>
      full(b) - full(a) ||
      b.mentions.length - a.mentions.length ||
      (a.type === 'person' ? b.name.split(' ').length - a.name.split(' ').length : 0) ||
      compare(a.name, b.name) ||
      compare(a.id, b.id),
  );
  const head = ranked[0]!;
  const names = new Set<string>();
  for (const entity of group) for (const name of [entity.name, ...entity.aliases]) names.add(name);
  names.delete(head.name);
  const mentions = group
    .flatMap((e) => e.mentions)
    .sort((a, b) => compare(a.articleId, b.articleId) || a.start - b.start || a.end - b.end);
  // An organisation one article left untyped ("N.R.A.") keeps the type another article gave it.
  const type = head.type === 'other' && group.some((e) => e.type === 'organization') ? 'organization' : head.type;
  return { id: head.id, name: head.name, type, aliases: [...names].sort(compare), mentions };
}
