/**
 * The clusterer's state as many small rows (parts) instead of one document: an update writes only the parts its
 * articles changed (their members, the counts of their terms, the stories and events they joined), so its cost
 * follows the articles added, not the articles stored. The parts read back give the same `SavedClusterer` that
 * `save()` gives, to the last bit (entry lists keep their order inside each part).
 */
import type { SavedAdoption, SavedClusterer, SavedGroup, SavedMember, SavedThread } from './saved-clusterer.js';

/** One row of the state: a kind, a key within it, and JSON (null: the row is gone). */
export interface ClusterPart {
  kind: string;
  key: string;
  data: string | null;
}

/** A story thread's own row: its group without events (those are rows of their own), its union-find parent. */
export interface SavedThreadHead extends SavedGroup {
  parent: number;
  events: number;
}

/** A caller-keyed story (`article.story`), whole, with the order keys were first seen in. */
export interface SavedKeyed extends SavedThread {
  order: number;
}

/**
 * The one row of counts; `adoptions` says the state keeps its orphans' adoptions (one `adoption` part each). The
 * counts of members, stories and keyed stories (absent in states saved before they were kept) let a clusterer be
 * restored without reading the parts they count (see `openClusterer`).
 */
export interface SavedMeta {
  documents: number;
  adoptions?: true;
  members?: number;
  threads?: number;
  keyed?: number;
}

/** Kinds of parts; `meta` is the one row of counts. */
export const PART = {
  meta: 'meta',
  member: 'member',
  term: 'term',
  posting: 'posting',
  indexed: 'indexed',
  memberPosting: 'member-posting',
  thread: 'thread',
  event: 'event',
  keyed: 'keyed',
  adoption: 'adoption',
} as const;

export function part(kind: string, key: string | number, value: unknown): ClusterPart {
  return { kind, key: String(key), data: value === null ? null : JSON.stringify(value) };
}

/** An event's key: its thread's number and its place among the thread's events. */
export function eventKey(thread: number, event: number): string {
  return `${thread}/${event}`;
}

/**
 * The saved clusterer the parts describe (undefined when there are none).
 * @example createClusterer(settings, fromParts(await store.loadClusterParts()))
 */
export function fromParts(parts: readonly ClusterPart[]): SavedClusterer | undefined {
  const byKind = new Map<string, Map<string, unknown>>();
  for (const row of parts) {
    if (row.data === null) continue;
    let rows = byKind.get(row.kind);
    if (!rows) {
      rows = new Map();
      byKind.set(row.kind, rows);
    }
    rows.set(row.key, JSON.parse(row.data));
  }
  const meta = byKind.get(PART.meta)?.get('') as SavedMeta | undefined;
  if (meta === undefined) return undefined;
  const rows = <T>(kind: string): [string, T][] => [...(byKind.get(kind) ?? new Map<string, T>())] as [string, T][];
  const numbered = <T>(kind: string): T[] => {
    const list: T[] = [];
    for (const [key, value] of rows<T>(kind)) list[Number(key)] = value;
    return list;
  };
  const events = byKind.get(PART.event) ?? new Map<string, unknown>();
  const heads = numbered<SavedThreadHead>(PART.thread);
  const threads = Array.from(heads, (head, number): SavedThread => {
    const { parent: _, events: count, ...group } = head;
    const own = Array.from({ length: count }, (_e, i) => events.get(eventKey(number, i)) as SavedGroup);
    return { ...group, events: own };
  });
  const indexed = numbered<string[]>(PART.indexed);
  const adoptions = rows<SavedAdoption>(PART.adoption)
    .map(([key, adoption]): [number, SavedAdoption] => [Number(key), adoption])
    .sort((a, b) => a[0] - b[0]);
  return {
    version: 1,
    members: numbered<SavedMember>(PART.member),
    stats: { documents: meta.documents, frequency: rows<number>(PART.term) },
    index: { postings: rows<number[]>(PART.posting), indexed: Array.from(indexed, (terms) => terms ?? []) },
    memberIndex: rows<[number, number][]>(PART.memberPosting),
    threads,
    parent: heads.map((head) => head.parent),
    keyed: rows<SavedKeyed>(PART.keyed)
      .sort((a, b) => a[1].order - b[1].order)
      .map(([key, { order: _, ...thread }]) => [key, thread]),
    ...(meta.adoptions ? { adoptions } : {}),
  };
}
