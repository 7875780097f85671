/** The command line's watch inputs → the sources polled: feed and page URLs, Telegram channels, folders and files. */
import { readFile } from 'node:fs/promises';
import { UsageError } from '../core/outcome.js';
import { readOpml } from '../ingest/read-content.js';
import { telegramChannel } from '../ingest/read-telegram-page.js';

export type WatchSource =
  /** A feed, a page, or any URL whose page turns out to be a channel preview. */
  | { kind: 'url'; name: string; url: string }
  /** A public channel's preview pages (`tg:name` or `https://t.me/s/name`). */
  | { kind: 'telegram'; name: string; url: string }
  /** A folder (watched for new and changed files) or a single file. */
  | { kind: 'path'; name: string; path: string };

/**
 * Lists the sources to watch; an `.opml` file stands for the feeds it names.
 * @example await listWatchSources(['tg:durov', 'feeds.opml', 'inbox/'])
 */
export async function listWatchSources(inputs: string[]): Promise<WatchSource[]> {
  const sources: WatchSource[] = [];
  for (const input of inputs) {
    const channel = telegramChannel(input);
    if (channel) sources.push({ kind: 'telegram', name: input, url: `https://t.me/s/${channel}` });
    else if (/^https?:\/\//i.test(input)) sources.push({ kind: 'url', name: input, url: input });
    else if (/\.opml$/i.test(input)) sources.push(...(await readOpmlFile(input)));
    else sources.push({ kind: 'path', name: input, path: input });
  }
  const unique = new Map(sources.map((source) => [source.name, source]));
  return [...unique.values()];
}

async function readOpmlFile(path: string): Promise<WatchSource[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot read the OPML list (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const urls = readOpml(text);
  if (!urls.ok) throw new UsageError(`${path}: ${urls.error.message}`);
  return urls.value.map((url) => {
    const channel = telegramChannel(url);
    return channel
      ? { kind: 'telegram', name: url, url: `https://t.me/s/${channel}` }
      : { kind: 'url', name: url, url };
  });
}
