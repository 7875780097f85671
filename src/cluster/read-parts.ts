/**
 * A restored clusterer's state read part by part from a store (see `openClusterer`): the counts and adoptions at the
 * start, then each part when the articles taken or the stories written first touch it, put in place in the
 * clusterer's own arrays and maps. A whole state (restored with `fromParts`, or built in memory) reads nothing.
 */
import { TriangulateError } from '../core/outcome.js';
import { type ClusterPart, PART, type SavedKeyed, type SavedMeta, type SavedThreadHead } from './cluster-parts.js';
import type { Group, Member, Posted, Thread } from './create-clusterer.js';
import type { MemberIndex, StoryIndex } from './find-candidates.js';
import {
  restoreGroup,
  restoreMember,
  restoreThread,
  type SavedAdoption,
  type SavedGroup,
  type SavedMember,
} from './saved-clusterer.js';
import type { TermStatistics } from './term-statistics.js';

/** Reads parts of a saved state: those of one kind with these keys (keys naming none are left out), or every one of the kind. */
export type PartReader = (kind: string, keys?: readonly string[]) => Promise<ClusterPart[]>;

/** What a restored clusterer starts from before it reads any part: the counts, and every orphan's adoption. */
export interface PartialStart {
  members: number;
  threads: number;
  keyed: number;
  documents: number;
  adoptions: [number, SavedAdoption][];
}

/** The parts a restored clusterer knows in memory by a set of keys read (a part may be absent: a term never seen). */
const KEYED_KINDS = [PART.term, PART.posting, PART.memberPosting, PART.indexed, PART.keyed];

/**
 * The counts and every orphan's adoption of a state kept in parts; undefined when the parts are of a state saved
 * before its counts and adoptions were kept, or none.
 * @example const start = await readStart((kind, keys) => store.loadClusterParts(kind, keys))
 */
export async function readStart(read: PartReader): Promise<PartialStart | undefined> {
  const row = (await read(PART.meta, ['']))[0];
  if (row?.data == null) return undefined;
  const meta = JSON.parse(row.data) as SavedMeta;
  if (!meta.adoptions || meta.members === undefined || meta.threads === undefined || meta.keyed === undefined)
    return undefined;
  const adoptions = (await read(PART.adoption))
    .flatMap((part): [number, SavedAdoption][] =>
      part.data === null ? [] : [[Number(part.key), JSON.parse(part.data) as SavedAdoption]],
    )
    .sort((a, b) => a[0] - b[0]);
  return { ...meta, members: meta.members, threads: meta.threads, keyed: meta.keyed, adoptions };
}

/** The clusterer's state that parts are put into, in place. */
export interface PartTarget {
  taken: Member[];
  arrivalOf: Map<string, number>;
  threads: Thread[];
  parent: number[];
  stats: TermStatistics;
  index: StoryIndex;
  members: MemberIndex<Posted>;
  keyed: Map<string, Thread>;
  keyOrder: Map<string, number>;
}

export interface PartLoader {
  /** Reads the parts of these keys not in memory yet, and puts them in place (nothing for a whole state). */
  need(source: PartReader, kind: string, keys: Iterable<string | number>): Promise<void>;
  /** The stories of these numbers, each with the stories it was merged into up to its root. */
  needRoots(source: PartReader, numbers: Iterable<number>): Promise<void>;
  /** Throws (a bug) when one of these parts was not read first; nothing for a whole state. */
  mustHaveRead(kind: string, keys: Iterable<string>): void;
}

/**
 * The reader of a clusterer restored from `start` (undefined: a whole state, which holds every part already).
 * @example const loader = createPartLoader(target, start); await loader.need(read, PART.term, ['nato'])
 */
export function createPartLoader(target: PartTarget, start: PartialStart | undefined): PartLoader {
  const { taken, arrivalOf, threads, parent, stats, index, members, keyed, keyOrder } = target;
  /** The keys read per kind of part (found or not), for the kinds not kept in arrays. */
  const readKeys = new Map<string, Set<string>>(KEYED_KINDS.map((kind) => [kind, new Set<string>()]));
  const threadAt = (n: number): Thread => threads[n] ?? unread(PART.thread, n);

  function inMemory(kind: string, key: string): boolean {
    if (kind === PART.member) return taken[Number(key)] !== undefined;
    if (kind === PART.thread) return threads[Number(key)] !== undefined;
    if (kind === PART.event) {
      const [thread, event] = key.split('/').map(Number) as [number, number];
      return threadAt(thread).events[event] !== undefined;
    }
    if (kind === PART.indexed && Number(key) >= start!.threads) return true; // a story started since
    return readKeys.get(kind)!.has(key) || (kind === PART.keyed && keyed.has(key));
  }

  function place(kind: string, key: string, data: unknown): void {
    switch (kind) {
      case PART.member: {
        const member = restoreMember(data as SavedMember, Number(key));
        taken[member.seq] = member;
        arrivalOf.set(member.id, member.seq);
        return;
      }
      case PART.thread: {
        const { parent: root, events, ...group } = data as SavedThreadHead;
        threads[Number(key)] = { ...restoreGroup(group), events: new Array<Group>(events) };
        parent[Number(key)] = root;
        return;
      }
      case PART.event: {
        const [thread, event] = key.split('/').map(Number) as [number, number];
        threadAt(thread).events[event] = restoreGroup(data as SavedGroup);
        return;
      }
      case PART.term:
        stats.restore([[key, data as number]]);
        return;
      case PART.posting:
        index.restore({ postings: [[key, data as number[]]], indexed: [] });
        return;
      case PART.indexed:
        index.restore({ postings: [], indexed: [[Number(key), data as string[]]] });
        return;
      case PART.memberPosting:
        members.restore([[key, (data as [number, number][]).map(([thread, seq]) => ({ thread, seq }))]]);
        return;
      case PART.keyed: {
        const { order, ...thread } = data as SavedKeyed;
        keyed.set(key, restoreThread(thread));
        keyOrder.set(key, order);
        return;
      }
    }
  }

  async function need(source: PartReader, kind: string, keys: Iterable<string | number>): Promise<void> {
    if (start === undefined) return;
    const wanted = [...new Set(Array.from(keys, String))].filter((key) => !inMemory(kind, key));
    if (wanted.length === 0) return;
    const rows = await source(kind, wanted);
    const known = readKeys.get(kind);
    if (known) for (const key of wanted) known.add(key);
    for (const row of rows) if (row.data !== null) place(row.kind, row.key, JSON.parse(row.data));
    if (!known && rows.length !== wanted.length)
      throw new TriangulateError('cluster', `saved state lacks ${kind} parts among ${wanted.slice(0, 5).join(', ')}`);
  }

  return {
    need,
    async needRoots(source, numbers) {
      if (start === undefined) return;
      let next = [...new Set(numbers)];
      while (next.length > 0) {
        await need(source, PART.thread, next);
        next = [...new Set(next.map((n) => parent[n]!))].filter((n) => threads[n] === undefined);
      }
    },
    mustHaveRead(kind, keys) {
      if (start === undefined) return;
      for (const key of keys) if (!inMemory(kind, key)) unread(kind, key);
    },
  };
}

/** A bug, not bad input: the restored clusterer was asked for a part no `…From` call read first. */
export function unread(kind: string, key: string | number): never {
  throw new TriangulateError('cluster', `the ${kind} part ${key} of the saved state was used before it was read`);
}
