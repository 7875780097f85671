/** Bytes of a web page or feed → text: BOM, valid UTF-8, declared charset (HTTP header, XML declaration, `<meta>`), else a detected one. */
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { type Outcome, reject, succeed } from '../core/outcome.js';
import { decodeText, looksBinary } from './decode-text.js';
import { META_CHARSET, XML_ENCODING } from './patterns.js';

/** How many leading bytes are searched for a `<meta charset>` (the HTML standard says the first 1024; pages go further). */
const META_SCAN_BYTES = 4096;

/** The charset a `Content-Type` value, an XML declaration or a page's `<meta>` declares, lower-cased, or undefined. */
export function declaredCharset(bytes: Uint8Array, contentType?: string): string | undefined {
  const fromHeader = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
  if (fromHeader) return fromHeader.toLowerCase();
  const head = Buffer.from(bytes.subarray(0, META_SCAN_BYTES)).toString('latin1');
  return (XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1])?.toLowerCase();
}

function fromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** A detected charset that iconv-lite can decode; single-byte Western is the fallback of last resort. */
function detectCharset(bytes: Uint8Array): string {
  const guess = chardet.detect(bytes.subarray(0, 65536));
  return guess && iconv.encodingExists(guess) ? guess : 'windows-1252';
}

/**
 * Decodes a page. Valid UTF-8 wins over a declaration (a page that declares latin1 but is UTF-8 is common,
 * the reverse is not: latin1 text is almost never valid UTF-8). Otherwise the declared charset, when it is
 * known and not UTF-8, else the one chardet detects. Empty and binary input are rejected as for text.
 * @example decodeHtml(Buffer.from('<meta charset="iso-8859-1">caf\xe9', 'latin1')) // { ok: true, value: '<meta …>café' }
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): Outcome<string> {
  const bom = fromBom(bytes);
  if (bom?.startsWith('utf-16')) return finish(iconv.decode(Buffer.from(bytes), bom));
  if (bom === 'utf-8' || isUtf8(bytes)) return decodeText(bytes);
  if (looksBinary(bytes)) return reject('not-text', 'the input is binary data, not text');
  const declared = declaredCharset(bytes, contentType);
  const charset =
    declared && !/^utf-?8$/.test(declared) && iconv.encodingExists(declared) ? declared : detectCharset(bytes);
  return finish(iconv.decode(Buffer.from(bytes), charset));
}

function finish(text: string): Outcome<string> {
  if (text.trim() === '') return reject('empty', 'the input holds only whitespace');
  return succeed(text.replace(/\r\n?/g, '\n'));
}
