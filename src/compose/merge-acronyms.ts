/** One entity per acronym: "T.P.S." and "TPS" (or "U.N." and "UN") are one name written two ways. */
import type { Entity, Statement } from '../core/model.js';

/** An acronym with or without dots: two or more capitals, each optionally followed by a full stop. */
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;

/**
 * Merges entities of one type whose names are the same acronym once dots are dropped ("T.P.S." into "TPS"): the one
 * mentioned most keeps its id and name, takes the other's mentions (in text order) and its name as an alias.
 * Statements pointing at a merged entity point at the one kept.
 * @example mergeDottedAcronyms([tps, tpsDotted], []).entities.length // 1
 */
export function mergeDottedAcronyms(
  entities: readonly Entity[],
  statements: readonly Statement[],
): { entities: Entity[]; statements: Statement[] } {
  const groups = new Map<string, Entity[]>();
  for (const entity of entities) {
    const name = entity.name.trim();
    if (!ACRONYM.test(name)) continue;
    const key = `${entity.type}:${name.replace(/\./g, '')}`;
    groups.set(key, [...(groups.get(key) ?? []), entity]);
  }
  const keptOf = new Map<string, Entity>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [kept, ...merged] = [...group].sort(
      (a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id),
    );
    const whole: Entity = {
      ...kept!,
      aliases: [...new Set([...kept!.aliases, ...merged.flatMap((e) => [e.name, ...e.aliases])])].filter(
        (alias) => alias !== kept!.name,
      ),
      mentions: [kept!, ...merged]
        .flatMap((e) => e.mentions)
        .sort((a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start),
    };
    for (const entity of group) keptOf.set(entity.id, whole);
  }
  if (keptOf.size === 0) return { entities: [...entities], statements: [...statements] };
  const out: Entity[] = [];
  const placed = new Set<string>();
  for (const entity of entities) {
    const whole = keptOf.get(entity.id) ?? entity;
    if (placed.has(whole.id)) continue;
    placed.add(whole.id);
    out.push(whole);
  }
  return {
    entities: out,
    statements: statements.map((s) => {
      const whole = s.entityId === undefined ? undefined : keptOf.get(s.entityId);
      return whole === undefined ? s : { ...s, entityId: whole.id };
    }),
  };
}
