/** Bytes → text, with the rejections a reader needs to see (empty, binary, invalid UTF-8). */
import { type Outcome, reject, succeed } from '../core/outcome.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Share of control characters above which a file is taken as binary, not text. */
const BINARY_CONTROL_SHARE = 0.1;

/**
 * Decodes UTF-8 strictly: a byte sequence that is not UTF-8 is a clear error, never mojibake.
 * @example decodeText(Buffer.from('hello')) // { ok: true, value: 'hello' }
 */
export function decodeText(bytes: Uint8Array): Outcome<string> {
  if (bytes.length === 0) return reject('empty', 'the input is empty (0 bytes)');
  if (looksBinary(bytes)) return reject('not-text', 'the input is binary data, not text');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return reject('invalid-utf8', `the input is not valid UTF-8 (first bad byte at offset ${at})`);
  }
  if (text.trim() === '') return reject('empty', 'the input holds only whitespace');
  return succeed(text.replace(/\r\n?/g, '\n'));
}

/** True when the first 8 KB hold a NUL byte or mostly control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control / sample.length > BINARY_CONTROL_SHARE;
}

/** Offset of the first byte that starts a malformed UTF-8 sequence (lead byte, continuation count). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  // Well-formed in shape but rejected by the decoder (an overlong form or a surrogate): point at the start.
  return 0;
}
