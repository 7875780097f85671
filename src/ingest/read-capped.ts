/**
 * Reads files and streams without ever holding more than the input cap: the file's kind is checked first (a FIFO,
 * a device or a socket is refused, never waited on), and at most MAX_INPUT_BYTES + 1 bytes are read.
 */
import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { MAX_INPUT_BYTES } from '../core/config.js';
import { type Outcome, reject, succeed } from '../core/outcome.js';

/** What a non-regular file is, for the error message. */
export function fileKind(info: {
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
  isDirectory(): boolean;
}): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  if (info.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/**
 * A regular file's bytes, or a rejection when it is something else or over the cap. Opened non-blocking, so a FIFO
 * without a writer cannot hang the open; the kind is taken from the open handle, so a swap after listing changes nothing.
 * @example await readFileCapped('page.html') // { ok: true, value: Uint8Array }
 */
export async function readFileCapped(
  path: string,
  options: { noFollow?: boolean; cap?: number; label?: string } = {},
): Promise<Outcome<Uint8Array>> {
  const cap = options.cap ?? MAX_INPUT_BYTES;
  const label = options.label ?? path;
  let handle: FileHandle;
  try {
    // noFollow: a file listed by a folder walk must still be that file, not a link swapped in since.
    handle = await open(
      path,
      constants.O_RDONLY | constants.O_NONBLOCK | (options.noFollow ? constants.O_NOFOLLOW : 0),
    );
  } catch (error) {
    return reject('unreadable', `${label}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      return reject(
        'unsupported-format',
        `${label}: ${fileKind(info)}, not a regular file; pipe it to - (stdin) instead`,
      );
    }
    if (info.size > cap) return reject('too-large', `the input is ${info.size} bytes; the limit is ${cap}`);
    // The size can grow after fstat (a file being written): read one byte past the cap to notice.
    const buffer = Buffer.alloc(Math.min(info.size, cap) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > cap) return reject('too-large', `the input is over ${cap} bytes`);
    return succeed(buffer.subarray(0, filled));
  } catch (error) {
    return reject('unreadable', `${label}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    await handle.close();
  }
}

/**
 * A stream's bytes up to the cap; one byte more and reading stops with a rejection (the rest is never buffered).
 * @example await readStreamCapped(process.stdin)
 */
export async function readStreamCapped(
  stream: NodeJS.ReadableStream & { destroy?: () => void },
  cap = MAX_INPUT_BYTES,
): Promise<Outcome<Uint8Array>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > cap) {
      stream.destroy?.();
      return reject('too-large', `the input is over ${cap} bytes`);
    }
    chunks.push(bytes);
  }
  return succeed(Buffer.concat(chunks));
}
