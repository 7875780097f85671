/** What the CLI writes outside stdout: error lines that cannot forge other lines, and output files that cannot be redirected. */
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../core/outcome.js';

/** C0 and C1 control characters (newline, carriage return, ESC, DEL …) and bidirectional overrides. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text safe to print on one terminal line: control characters (newline, carriage return, ESC of ANSI sequences, DEL,
 * C1 controls) and bidirectional overrides become visible escapes, so a file name cannot forge log lines or recolour
 * the terminal.
 * @example printable('evil\nfile\u001b[31m.txt') // 'evil\\nfile\\x1b[31m.txt'
 */
export function printable(text: string): string {
  return text.replace(UNSAFE_CHARACTER, (char) => {
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * Writes a file by writing a temporary file beside it and renaming it over the name: a symbolic link planted at the
 * name is replaced, never followed, so its target is not overwritten.
 * @example await writeFileSafely('out/brief.md', markdown)
 */
export async function writeFileSafely(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * The `--max-docs` value: a whole number of at least 1.
 * @example readMaxDocuments('500') // 500
 */
export function readMaxDocuments(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isSafeInteger(count) || count < 1)
    throw new UsageError(`--max-docs needs a whole number of at least 1, not "${value}"`);
  return count;
}
