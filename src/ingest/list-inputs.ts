/**
 * Expands the command line's inputs into single sources: files (folders walked), URLs, stdin. A folder walk stays
 * inside the folder it was given: a symbolic link is followed only when its target is inside that tree and is a file
 * (links to folders are not descended — their contents are walked under their real path — so `..` links cannot loop),
 * a link out of the tree is one error, and FIFOs, devices and sockets are refused without being opened.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { RejectionCode } from '../core/outcome.js';
import { fileKind } from './read-capped.js';

export type Source =
  | {
      kind: 'file';
      path: string;
      /** For a file found in a folder walk: the checked real path to read, and that the read must not follow links. */
      readPath?: string;
      noFollow?: boolean;
    }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' }
  | { kind: 'missing'; path: string; reason: string; code?: RejectionCode };

/**
 * Lists sources in a stable order: inputs as given, folder contents sorted by name, hidden files skipped.
 * @example await listSources(['examples/']) // [{ kind: 'file', path: 'examples/000_….txt' }, …]
 */
export async function listSources(inputs: string[]): Promise<Source[]> {
  const sources: Source[] = [];
  for (const input of inputs) {
    if (input === '-') sources.push({ kind: 'stdin' });
    else if (/^https?:\/\//i.test(input)) sources.push({ kind: 'url', url: input });
    else await addPath(input, sources);
  }
  return sources;
}

async function addPath(path: string, sources: Source[]): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? 'error'})`;
    sources.push({ kind: 'missing', path, reason });
    return;
  }
  // A path named on the command line is the user's choice: a link to it is followed, a FIFO is refused when read.
  if (!info.isDirectory()) {
    sources.push({ kind: 'file', path });
    return;
  }
  const root = await realpath(path);
  await walk(path, root, root, sources, new Set([root]));
}

/** Walks one folder (shown as `shown`, really at `real`) inside the tree `root`, visiting each real folder once. */
async function walk(shown: string, real: string, root: string, sources: Source[], seen: Set<string>): Promise<void> {
  let entries: Dirent[];
  try {
    entries = (await readdir(real, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch (error) {
    sources.push({
      kind: 'missing',
      path: shown,
      reason: `cannot list folder (${(error as NodeJS.ErrnoException).code})`,
    });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(shown, entry.name);
    const realPath = join(real, entry.name);
    if (entry.isDirectory()) {
      if (seen.has(realPath)) continue;
      seen.add(realPath);
      await walk(path, realPath, root, sources, seen);
    } else if (entry.isFile()) {
      sources.push({ kind: 'file', path, readPath: realPath, noFollow: true });
    } else if (entry.isSymbolicLink()) {
      await addLink(path, realPath, root, sources);
    } else {
      sources.push({ kind: 'missing', path, code: 'unsupported-format', reason: `${fileKind(entry)}; not read` });
    }
  }
}

/** A link inside a walked folder: read when it points at a file inside the tree; otherwise one error or nothing. */
async function addLink(path: string, linkPath: string, root: string, sources: Source[]): Promise<void> {
  let target: string;
  try {
    target = await realpath(linkPath);
  } catch {
    sources.push({ kind: 'missing', path, reason: 'a symbolic link to nothing (dangling)' });
    return;
  }
  const rel = relative(root, target);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    sources.push({
      kind: 'missing',
      path,
      code: 'unreadable',
      reason: 'a symbolic link out of the folder being read; not followed',
    });
    return;
  }
  const info = await stat(target).catch(() => undefined);
  // A link to a folder inside the tree is not descended: that folder is walked under its own path (no loops, no repeats).
  if (info?.isFile()) sources.push({ kind: 'file', path, readPath: target, noFollow: true });
  else if (info && !info.isDirectory())
    sources.push({ kind: 'missing', path, code: 'unsupported-format', reason: `${fileKind(info)}; not read` });
}
