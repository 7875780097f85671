/**
 * A watched folder (or file): each scan reads the files that are new or changed since the last scan (by size and
 * modification time), with the same readers and caps as `brief`; `fs.watch` asks for a scan when something moves,
 * and the regular schedule rescans anyway (fs.watch misses events on network file systems and after overflow).
 */
import { type FSWatcher, watch as watchFs } from 'node:fs';
import { stat } from 'node:fs/promises';
import { listSources } from '../ingest/list-inputs.js';
import { readFileCapped } from '../ingest/read-capped.js';
import { type ReadItem, readContent } from '../ingest/read-content.js';

/** What a scan found: the items of new or changed files, and the files it could not read. */
export interface FolderScan {
  items: ReadItem[];
  files: number;
}

export interface FolderScanner {
  scan(): Promise<FolderScan>;
}

/**
 * @example const scanner = createFolderScanner('inbox/'); const { items } = await scanner.scan()
 */
export function createFolderScanner(path: string): FolderScanner {
  const known = new Map<string, string>();
  return {
    async scan() {
      const items: ReadItem[] = [];
      let files = 0;
      for (const source of await listSources([path])) {
        if (source.kind === 'missing') {
          items.push({
            input: source.path,
            outcome: {
              ok: false,
              error: { code: source.code ?? 'not-found', message: `${source.path}: ${source.reason}` },
            },
          });
          continue;
        }
        if (source.kind !== 'file') continue;
        const info = await stat(source.readPath ?? source.path).catch(() => undefined);
        if (!info) continue;
        const fingerprint = `${info.size}:${info.mtimeMs}`;
        if (known.get(source.path) === fingerprint) continue;
        const read = await readFileCapped(source.readPath ?? source.path, {
          noFollow: source.noFollow,
          label: source.path,
        });
        // Remembered only once read: a file still being written is read again at the next scan.
        known.set(source.path, fingerprint);
        files++;
        if (!read.ok) {
          items.push({ input: source.path, outcome: read });
          continue;
        }
        items.push(...(await readContent(source.path, read.value)));
      }
      return { items, files };
    },
  };
}

/**
 * Calls `onChange` (at most every `settleMs`) when anything under the folder changes; undefined when the platform
 * cannot watch it (the periodic rescan still runs).
 * @example const watcher = watchFolder('inbox/', () => scanSoon()); watcher?.close()
 */
export function watchFolder(path: string, onChange: () => void, settleMs = 250): FSWatcher | undefined {
  let timer: NodeJS.Timeout | undefined;
  try {
    const watcher = watchFs(path, { recursive: true, persistent: false }, () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        onChange();
      }, settleMs);
    });
    watcher.on('error', () => watcher.close());
    watcher.on('close', () => clearTimeout(timer));
    return watcher;
  } catch {
    return undefined;
  }
}
