/**
 * The feeds of new and updated stories in `--out DIR`: `stories.atom` and `stories.json`, the latest
 * WATCH_FEED_ENTRIES stories, each rewritten whole and atomically (temporary file + rename) after every change;
 * the JSON Feed is read back at start, so a restart extends the feed rather than starting it again.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileSafely } from '../cli/safe-output.js';
import { WATCH_FEED_ENTRIES } from '../core/config.js';
import type { StoryFeedEntry } from '../core/model.js';
import { storyFeedEntry, toStoryAtom, toStoryJsonFeed } from '../render/to-story-feeds.js';
import type { ChangedStory } from './document-sink.js';

export const ATOM_FILE = 'stories.atom';
export const JSON_FEED_FILE = 'stories.json';

export interface StoryFeeds {
  /** Adds the changed stories (newest first) and rewrites both files. */
  update(changed: ChangedStory[], at: Date): Promise<void>;
}

/**
 * @example const feeds = await openStoryFeeds('out/'); await feeds.update(changed, new Date())
 */
export async function openStoryFeeds(dir: string, limit = WATCH_FEED_ENTRIES): Promise<StoryFeeds> {
  await mkdir(dir, { recursive: true });
  let entries = await readEntries(join(dir, JSON_FEED_FILE));
  return {
    async update(changed, at) {
      if (changed.length === 0) return;
      const updated = at.toISOString();
      const fresh = changed.map((story) =>
        storyFeedEntry({ ...story.brief, id: story.id }, story.status === 'new' ? 'new' : 'updated', updated),
      );
      const ids = new Set(fresh.map((entry) => entry.id));
      entries = [...fresh, ...entries.filter((entry) => !ids.has(entry.id))]
        .sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0))
        .slice(0, limit);
      await writeFileSafely(join(dir, JSON_FEED_FILE), toStoryJsonFeed(entries));
      await writeFileSafely(join(dir, ATOM_FILE), toStoryAtom(entries));
    },
  };
}

/** The entries of a JSON Feed this module wrote; a missing or damaged file is an empty feed (it is rewritten). */
async function readEntries(path: string): Promise<StoryFeedEntry[]> {
  let feed: { items?: unknown };
  try {
    feed = JSON.parse(await readFile(path, 'utf8')) as { items?: unknown };
  } catch {
    return [];
  }
  if (!Array.isArray(feed.items)) return [];
  return feed.items.flatMap((raw): StoryFeedEntry[] => {
    const item = (raw ?? {}) as Record<string, unknown>;
    const extra = (item._triangulate ?? {}) as Record<string, unknown>;
    const strings = (value: unknown) =>
      Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
    if (typeof item.id !== 'string' || typeof item.title !== 'string' || typeof item.date_modified !== 'string')
      return [];
    return [
      {
        id: item.id,
        status: extra.status === 'new' ? 'new' : 'updated',
        title: item.title,
        updated: item.date_modified,
        ...(typeof item.date_published === 'string' ? { published: item.date_published } : {}),
        ...(typeof item.external_url === 'string' ? { url: item.external_url } : {}),
        quickLook: strings(extra.quickLook),
        synthesis: strings(extra.synthesis),
        outlets: strings(item.tags),
      },
    ];
  });
}
