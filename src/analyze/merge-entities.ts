/** Cross-article entity resolution: one entry per real thing across a set of analyses. */
import type { Analysis, Entity } from '../core/model.js';

/**
 * Merge the entities of several articles: same id; a bare surname and an unambiguous full name; shared names or
 * aliases (acronym ↔ expansion, case-insensitive acronyms). Mentions from every article; sorted by mention count.
 * @example mergeEntities([a001, a004]).find((e) => e.name === 'DPA')?.aliases // → ['German Press Agency', 'dpa']
 */
export function mergeEntities(analyses: Analysis[]): Entity[] {
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
  const surnames = new Map<string, Set<string>>();
  all.forEach((entity, i) => {
    link(`id\u0000${entity.id}`, i);
    if (entity.type === 'person') {
      const parts = entity.name.split(/\s+/);
      if (parts.length > 1) {
        link(`person\u0000${normal(entity.name)}`, i);
        const set = surnames.get(normal(parts.at(-1)!)) ?? new Set<string>();
        set.add(normal(entity.name));
        surnames.set(normal(parts.at(-1)!), set);
      }
      return;
    }
    // Places are already canonical (gazetteer); their aliases may name another place ("Washington" as the US government).
    const names = entity.type === 'place' ? [entity.name] : [entity.name, ...entity.aliases];
    for (const name of names) link(`${entity.type}\u0000${normal(name)}`, i);
  });
  all.forEach((entity, i) => {
    if (entity.type !== 'person' || entity.name.includes(' ')) return;
    const full = surnames.get(normal(entity.name));
    if (full?.size === 1) link(`person\u0000${full.values().next().value}`, i);
  });
  const groups = new Map<number, Entity[]>();
  all.forEach((entity, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(entity);
    groups.set(root, group);
  });
  const merged = [...groups.values()].map(combine);
  merged.sort((a, b) => b.mentions.length - a.mentions.length || compare(a.name, b.name) || compare(a.id, b.id));
  return merged;
}

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

/** The canonical entry of a group: the longest person name, or the name with the most mentions. */
function combine(group: Entity[]): Entity {
  const ranked = [...group].sort(
    (a, b) =>
      (a.type === 'person' ? b.name.split(' ').length - a.name.split(' ').length : 0) ||
      b.mentions.length - a.mentions.length ||
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
  return { id: head.id, name: head.name, type: head.type, aliases: [...names].sort(compare), mentions };
}
