/** The incremental clusterer: articles arrive in time order and each joins a story (and an event in it) or starts one. */
import {
  CLUSTER_ARTICLE_TERMS,
  CLUSTER_CENTROID_TERMS,
  CLUSTER_INDEX_TERMS,
  DATED_JOIN_SIMILARITY,
  SINGLE_LINK_EXTRA,
  EVENT_JOIN_SIMILARITY,
  STORY_JOIN_SIMILARITY,
  STORY_WINDOW_DAYS,
} from '../core/config.js';
import { hashId } from '../core/ids.js';
import type { AnalyzedArticle, Story, StoryEvent } from '../core/model.js';
import { articleTerms, articleTime } from './article-terms.js';
import {
  addToCentroid,
  averageSimilarity,
  type Centroid,
  emptyCentroid,
  heaviest,
  type TermShape,
} from './centroid.js';
import { createStoryIndex } from './find-candidates.js';
import { createTermStatistics } from './term-statistics.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Inside a story an article is compared with at most this many of its latest events. */
const MAX_EVENTS_COMPARED = 50;
/** An arriving article is scored against at most this many stories, those sharing most of its index terms. */
const MAX_CANDIDATES = 40;
/** The strongest single link is looked for among this many of a story's latest members. */
const MAX_MEMBERS_COMPARED = 20;
/** NeuS excerpts (title + lead) have about this many distinct terms; STORY_JOIN_SIMILARITY was tuned on them. */
const SHORT_TEXT_TERMS = 36;
const LONG_TEXT_FLOOR = 0.8;
/** A bare headline (a few terms) is held to at most this multiple of the threshold. */
const MAX_SHORT_FACTOR = 1.25;

interface Member {
  id: string;
  title: string;
  shape: TermShape;
}

interface Group {
  centroid: Centroid;
  members: Member[];
  first?: number;
  last?: number;
}

interface Thread extends Group {
  events: Group[];
}

/** The tuned settings of config.ts, overridable for calibration runs (bench/clustering.ts). */
export interface ClusterSettings {
  storyJoinSimilarity: number;
  datedJoinSimilarity: number;
  eventJoinSimilarity: number;
  windowDays: number;
  singleLinkExtra: number;
}

const DEFAULT_SETTINGS: ClusterSettings = {
  storyJoinSimilarity: STORY_JOIN_SIMILARITY,
  datedJoinSimilarity: DATED_JOIN_SIMILARITY,
  eventJoinSimilarity: EVENT_JOIN_SIMILARITY,
  windowDays: STORY_WINDOW_DAYS,
  singleLinkExtra: SINGLE_LINK_EXTRA,
};

export interface Clusterer {
  /** Takes the next article (in time order: see `compareArticles`) into a story. */
  add(item: AnalyzedArticle): void;
  /** The stories so far, each with its events; does not change the clusterer's state. */
  stories(): Story[];
}

/**
 * Creates an empty incremental clusterer. A batch clustered with `cluster()` gives the same stories as
 * the same articles added here one by one in time order.
 * @example const clusterer = createClusterer(); for (const item of feed) clusterer.add(item); clusterer.stories()
 */
export function createClusterer(overrides: Partial<ClusterSettings> = {}): Clusterer {
  const settings = { ...DEFAULT_SETTINGS, ...overrides };
  const stats = createTermStatistics();
  const index = createStoryIndex();
  const threads: Thread[] = [];
  const keyed = new Map<string, Thread>();
  const idf = (term: string): number => stats.idf(term);

  return {
    add(item) {
      const terms = articleTerms(item);
      stats.add(terms.keys());
      const shape = toShape(terms, idf);
      const member: Member = { id: item.article.id, title: item.article.title, shape };
      const time = articleTime(item.article);
      const key = item.article.story;
      if (key !== undefined) {
        let thread = keyed.get(key);
        if (!thread) {
          thread = newThread();
          keyed.set(key, thread);
        }
        join(thread, member, time);
        return;
      }
      const indexTerms = [...heaviest(shape, CLUSTER_INDEX_TERMS).keys()];
      const undatedThreshold = lengthAdjusted(settings.storyJoinSimilarity, terms.size);
      let best = -1;
      let bestMargin = 0;
      for (const candidate of index.candidates(indexTerms, MAX_CANDIDATES)) {
        const thread = threads[candidate]!;
        if (!withinWindow(thread, time, settings.windowDays)) continue;
        // Within the time window most look-alikes are already ruled out, so dated pairs need less word evidence.
        const threshold =
          time !== undefined && thread.last !== undefined ? settings.datedJoinSimilarity : undatedThreshold;
        const margin = Math.max(
          averageSimilarity(shape, thread.centroid) - threshold,
          strongestLink(shape, thread) - threshold - settings.singleLinkExtra,
        );
        if (margin >= 0 && (best === -1 || margin > bestMargin)) {
          best = candidate;
          bestMargin = margin;
        }
      }
      if (best === -1) {
        best = threads.length;
        threads.push(newThread());
      }
      join(threads[best]!, member, time);
      index.add(best, indexTerms);
    },
    stories() {
      return [...threads, ...keyed.values()]
        .map((thread) => toStory(thread))
        .sort((a, b) => b.articleIds.length - a.articleIds.length || a.id.localeCompare(b.id));
    },
  };

  function join(thread: Thread, member: Member, time: number | undefined): void {
    let event: Group | undefined;
    let eventScore = settings.eventJoinSimilarity;
    for (let i = Math.max(0, thread.events.length - MAX_EVENTS_COMPARED); i < thread.events.length; i++) {
      const candidate = thread.events[i]!;
      if (!withinWindow(candidate, time, settings.windowDays)) continue;
      const score = averageSimilarity(member.shape, candidate.centroid);
      if (score >= eventScore && (event === undefined || score > eventScore)) {
        event = candidate;
        eventScore = score;
      }
    }
    if (!event) {
      event = newGroup();
      thread.events.push(event);
    }
    addMember(event, member, time);
    addMember(thread, member, time);
  }
}

/**
 * Two unrelated short texts (a headline and a lead) reach a higher cosine by chance than two long ones: a
 * few shared common words weigh a lot among few. The threshold set for excerpts of SHORT_TEXT_TERMS
 * distinct terms is lowered for longer articles with the square root of their length (chance cosine
 * falls roughly as 1/√n), down to LONG_TEXT_FLOOR of it.
 */
function lengthAdjusted(threshold: number, distinctTerms: number): number {
  const factor = Math.sqrt(SHORT_TEXT_TERMS / Math.max(1, distinctTerms));
  return threshold * Math.min(MAX_SHORT_FACTOR, Math.max(LONG_TEXT_FLOOR, factor));
}

/** The highest cosine between the article and one of the story's latest members. */
function strongestLink(shape: TermShape, group: Group): number {
  let best = 0;
  for (let i = Math.max(0, group.members.length - MAX_MEMBERS_COMPARED); i < group.members.length; i++) {
    best = Math.max(best, averageSimilarity(shape, { sum: group.members[i]!.shape, size: 1 }));
  }
  return best;
}

function newGroup(): Group {
  return { centroid: emptyCentroid(), members: [] };
}

function newThread(): Thread {
  return { ...newGroup(), events: [] };
}

function addMember(group: Group, member: Member, time: number | undefined): void {
  group.members.push(member);
  addToCentroid(group.centroid, member.shape, CLUSTER_CENTROID_TERMS);
  if (time !== undefined) {
    group.first = Math.min(group.first ?? time, time);
    group.last = Math.max(group.last ?? time, time);
  }
}

/** Dated articles join only groups whose dates lie within the window; undated ones are not limited. */
function withinWindow(group: Group, time: number | undefined, windowDays: number): boolean {
  if (time === undefined || group.first === undefined || group.last === undefined) return true;
  const window = windowDays * DAY_MS;
  return time >= group.first - window && time <= group.last + window;
}

/** Term counts → the article's bounded shape: its heaviest TF-IDF terms, scaled to unit length. */
function toShape(terms: Map<string, number>, idf: (term: string) => number): TermShape {
  const weighted = new Map<string, number>();
  let norm = 0;
  for (const [term, tf] of terms) {
    const w = tf * idf(term);
    if (w <= 0) continue;
    weighted.set(term, w);
    norm += w * w;
  }
  const shape: TermShape = new Map();
  if (norm === 0) return shape;
  const kept = heaviest(weighted, CLUSTER_ARTICLE_TERMS);
  let keptNorm = 0;
  for (const w of kept.values()) keptNorm += w * w;
  const unit = Math.sqrt(keptNorm);
  for (const [term, w] of kept) shape.set(term, w / unit);
  return shape;
}

function toStory(thread: Thread): Story {
  const articleIds = thread.members.map((m) => m.id).sort();
  const events: StoryEvent[] = thread.events.map((event) => {
    const ids = event.members.map((m) => m.id).sort();
    return { id: hashId('v', ...ids), title: centralTitle(event), articleIds: ids };
  });
  return { id: hashId('s', ...articleIds), title: centralTitle(thread), articleIds, events };
}

/** The title of the member closest to the group's centroid (its most representative report); ties go to the earliest. */
function centralTitle(group: Group): string {
  let best = group.members[0]!;
  let bestScore = -1;
  for (const member of group.members) {
    const score = averageSimilarity(member.shape, group.centroid);
    if (score > bestScore + 1e-12) {
      best = member;
      bestScore = score;
    }
  }
  return best.title;
}
