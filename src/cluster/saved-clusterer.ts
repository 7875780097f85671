/**
 * The clusterer's state as plain JSON-safe data, so a store can keep it between runs and the next run goes on
 * exactly where the last one stopped. Maps become entry lists in their own order: sums over them are then taken in
 * the same order after a restore, and the floating-point results are the same to the last bit.
 */
import type { EventCues, CueTally } from './event-cues.js';
import type { Group, Member, Thread } from './create-clusterer.js';
import type { SavedStoryIndex } from './find-candidates.js';
import type { SavedTermStatistics } from './term-statistics.js';

export interface SavedMember {
  id: string;
  title: string;
  shape: [string, number][];
  cues: EventCues;
  joinBar: number;
  /** Absent in states saved before crowding was kept per article (read as 0). */
  crowd?: number;
}

export interface SavedGroup {
  centroid: { sum: [string, number][]; size: number };
  /** Members by arrival number (index into `SavedClusterer.members`). */
  members: number[];
  cues: { withDays: number; dayCounts: [string, number][]; withFigures: number; nearFigureCounts: [number, number][] };
  crowdSum?: number;
  first?: number;
  last?: number;
}

export interface SavedThread extends SavedGroup {
  events: SavedGroup[];
}

/**
 * An orphan's adoption as the last `stories()` read it: the story it is shown in (none: absent), and the stories
 * and index terms it was read from (while none of them changes, it stands).
 */
export interface SavedAdoption {
  into?: number;
  /** The stories compared (those sharing most of its index terms, ascending), then each one's root. */
  stories: number[];
  terms: string[];
  /**
   * Per story compared: how many of the orphan's index terms it shares, and its root's score (null: a root of
   * fewer than two articles); the score the nearest must reach. With these an adoption is carried forward without
   * reading the orphan or its stories while only stories that took its terms up since come near it (absent in
   * adoptions saved before they were kept: those are read again once).
   */
  shared?: number[];
  scores?: (number | null)[];
  bar?: number;
}

export interface SavedClusterer {
  version: 1;
  /** Every article taken, in arrival order. */
  members: SavedMember[];
  stats: SavedTermStatistics;
  index: SavedStoryIndex;
  /** The single-article index: per term, [story number, member arrival number] pairs. */
  memberIndex: [string, [number, number][]][];
  threads: SavedThread[];
  parent: number[];
  keyed: [string, SavedThread][];
  /** Each orphan's adoption, by story number (absent in states saved before adoptions were kept). */
  adoptions?: [number, SavedAdoption][];
}

export function saveMember(member: Member): SavedMember {
  return {
    id: member.id,
    title: member.title,
    shape: [...member.shape],
    cues: member.cues,
    joinBar: member.joinBar,
    crowd: member.crowd,
  };
}

export function restoreMember(saved: SavedMember, seq: number): Member {
  return {
    seq,
    id: saved.id,
    title: saved.title,
    shape: new Map(saved.shape),
    cues: saved.cues,
    joinBar: saved.joinBar,
    crowd: saved.crowd ?? 0,
  };
}

export function saveGroup(group: Group): SavedGroup {
  const saved: SavedGroup = {
    centroid: { sum: [...group.centroid.sum], size: group.centroid.size },
    members: [...group.members],
    cues: saveTally(group.cues),
    crowdSum: group.crowdSum,
  };
  if (group.first !== undefined) saved.first = group.first;
  if (group.last !== undefined) saved.last = group.last;
  return saved;
}

export function restoreGroup(saved: SavedGroup): Group {
  const group: Group = {
    centroid: { sum: new Map(saved.centroid.sum), size: saved.centroid.size },
    members: [...saved.members],
    cues: restoreTally(saved.cues),
    crowdSum: saved.crowdSum ?? 0,
  };
  if (saved.first !== undefined) group.first = saved.first;
  if (saved.last !== undefined) group.last = saved.last;
  return group;
}

function saveTally(tally: CueTally): SavedGroup['cues'] {
  return {
    withDays: tally.withDays,
    dayCounts: [...tally.dayCounts],
    withFigures: tally.withFigures,
    nearFigureCounts: [...tally.nearFigureCounts],
  };
}

function restoreTally(saved: SavedGroup['cues']): CueTally {
  return {
    withDays: saved.withDays,
    dayCounts: new Map(saved.dayCounts),
    withFigures: saved.withFigures,
    nearFigureCounts: new Map(saved.nearFigureCounts),
  };
}

export function saveThread(thread: Thread): SavedThread {
  return { ...saveGroup(thread), events: thread.events.map(saveGroup) };
}

export function restoreThread(saved: SavedThread): Thread {
  return { ...restoreGroup(saved), events: saved.events.map(restoreGroup) };
}
