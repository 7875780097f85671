/** Expands the command line's inputs into single sources: files (folders walked), URLs, stdin. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type Source =
  | { kind: 'file'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' }
  | { kind: 'missing'; path: string; reason: string };

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
  if (!info.isDirectory()) {
    sources.push({ kind: 'file', path });
    return;
  }
  let names: string[];
  try {
    names = (await readdir(path)).sort();
  } catch (error) {
    sources.push({ kind: 'missing', path, reason: `cannot list folder (${(error as NodeJS.ErrnoException).code})` });
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    await addPath(join(path, name), sources);
  }
}
