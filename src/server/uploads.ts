/** What the add form may carry: URLs checked for form, files written to a private temporary folder under safe names. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { displayInput } from '../core/display-input.js';
import type { IngestReport } from './reader.js';

export interface UploadCaps {
  /** URLs in one addition. */
  urls: number;
  /** Files in one addition. */
  files: number;
  /** Bytes of all files of one addition. */
  bytes: number;
}

export type Accepted =
  | {
      ok: true;
      inputs: string[];
      /** The report with the temporary paths replaced by the names the files were uploaded under. */
      relabel(report: IngestReport): IngestReport;
      cleanUp(): Promise<void>;
    }
  | { ok: false; error: string };

/**
 * Checks the URLs (http or https, at most caps.urls; private addresses are refused later, at the socket) and writes
 * the files; nothing is written when anything is refused.
 * @example const accepted = await acceptUploads('https://example.org/a', undefined, DEFAULT_CAPS)
 */
export async function acceptUploads(urlText: string, files: unknown, caps: UploadCaps): Promise<Accepted> {
  const urls = urlText
    .split(/\s+/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (urls.length > caps.urls)
    return { ok: false, error: `At most ${caps.urls} URLs at a time (${urls.length} given).` };
  for (const url of urls) {
    const problem = urlProblem(url);
    if (problem) return { ok: false, error: problem };
  }
  const uploads = (Array.isArray(files) ? files : files === undefined ? [] : [files]).filter(
    (file): file is File =>
      typeof file === 'object' && file !== null && 'arrayBuffer' in file && (file as File).size > 0,
  );
  if (uploads.length > caps.files)
    return { ok: false, error: `At most ${caps.files} files at a time (${uploads.length} given).` };
  const total = uploads.reduce((sum, file) => sum + file.size, 0);
  if (total > caps.bytes)
    return { ok: false, error: `The files come to ${total} bytes; at most ${caps.bytes} at a time.` };
  if (urls.length === 0 && uploads.length === 0) return { ok: false, error: 'Nothing to add: give a URL or a file.' };

  const folder = uploads.length > 0 ? await mkdtemp(join(tmpdir(), 'triangulate-upload-')) : undefined;
  const names = new Map<string, string>();
  const inputs = [...urls];
  try {
    for (const [i, file] of uploads.entries()) {
      // Each file in a folder of its own under its own safe name: the ingest stage picks the format by extension.
      const dir = join(folder!, String(i));
      await mkdir(dir);
      const path = join(dir, safeName(file.name));
      await writeFile(path, new Uint8Array(await file.arrayBuffer()), { flag: 'wx' });
      names.set(path, file.name || `file ${i + 1}`);
      inputs.push(path);
    }
  } catch (error) {
    if (folder) await rm(folder, { recursive: true, force: true });
    return { ok: false, error: `The files could not be kept for reading: ${(error as Error).message}` };
  }
  return {
    ok: true,
    inputs,
    relabel: (report) => ({
      ...report,
      failures: report.failures.map((f) => ({ ...f, input: relabelInput(f.input, names) })),
    }),
    cleanUp: async () => {
      if (folder) await rm(folder, { recursive: true, force: true });
    },
  };
}

function urlProblem(url: string): string | undefined {
  if (url.length > 2048) return 'A URL is longer than 2,048 characters.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `Not a URL: ${url.slice(0, 100)}`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return `Only http and https URLs can be added: ${url.slice(0, 100)}`;
  if (parsed.username || parsed.password) return 'URLs with a user name or password are not accepted.';
  return undefined;
}

/** The uploaded file's base name with only letters, digits, dot, dash and underscore; never hidden, never empty. */
function safeName(name: string): string {
  const cleaned = basename(name.replace(/\\/g, '/'))
    .replace(/[^\w.-]+/g, '_')
    .replace(/^\.+/, '')
    .slice(-120);
  return cleaned || 'upload.txt';
}

function relabelInput(input: string, names: Map<string, string>): string {
  for (const [path, name] of names) if (input.startsWith(path)) return name + input.slice(path.length);
  return displayInput(input);
}
