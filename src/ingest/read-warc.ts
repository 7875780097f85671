/** A WARC web archive → one HTML document per `response` record, with its target URL (parsed by warcio). */
import { WARCParser, type WARCRecord } from 'warcio';
import { MAX_INPUT_BYTES, MAX_WARC_PAYLOAD_BYTES } from '../core/config.js';
import type { Document } from '../core/model.js';
import { type Outcome, reject, succeed } from '../core/outcome.js';
import { decodeHtml } from './decode-html.js';
import { makeDocument } from './document-object.js';
import { WARC_CONTENT_LENGTH, WARC_START } from './patterns.js';

export interface WarcItem {
  input: string;
  outcome: Outcome<Document>;
}

const isHtml = (contentType: string | null | undefined): boolean =>
  !contentType || /\b(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType);

const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * The leading run of complete records, found by walking the records' `Content-Length`s. A record cut short (a
 * truncated download) would leave warcio waiting for bytes that never come, so the archive is cut before it.
 * @example completeRecords(bytes) // { bytes: <the first 3 records>, damaged: true }
 */
export function completeRecords(bytes: Uint8Array): { bytes: Uint8Array; damaged: boolean } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  while (offset < buffer.length) {
    while (offset < buffer.length && (buffer[offset] === 0x0d || buffer[offset] === 0x0a)) offset++;
    if (offset >= buffer.length) break;
    const headerEnd = buffer.indexOf(HEADER_END, offset);
    const header = headerEnd < 0 ? '' : buffer.subarray(offset, headerEnd).toString('latin1');
    const length = Number(WARC_CONTENT_LENGTH.exec(header)?.[1]);
    const end = headerEnd + HEADER_END.length + length;
    if (!WARC_START.test(header) || !Number.isSafeInteger(length) || end > buffer.length)
      return { bytes: buffer.subarray(0, offset), damaged: true };
    offset = end;
  }
  return { bytes: buffer, damaged: false };
}

/**
 * Reads the HTML responses of a WARC file (plain or with gzip-compressed records). Other records (requests,
 * metadata, images) are skipped; a damaged archive ends with one `unparseable` item after the records read so far.
 * @example await readWarc('crawl.warc', bytes) // [{ input: 'crawl.warc#1', outcome: { ok: true, value: { url: 'https://…', … } } }]
 */
export async function readWarc(input: string, bytes: Uint8Array, maxDocuments = Infinity): Promise<WarcItem[]> {
  const items: WarcItem[] = [];
  const complete = completeRecords(bytes);
  let unpacked = 0;
  try {
    for await (const record of new WARCParser([complete.bytes])) {
      if (record.warcType !== 'response') continue;
      const headers = record.httpHeaders;
      const contentType = headers?.headers.get('content-type');
      const status = Number(headers?.statusCode ?? 200);
      if (!isHtml(contentType) || status < 200 || status >= 300) continue;
      if (items.length > maxDocuments) break; // one past the cap is enough for the caller to say the input held more
      const url = record.warcTargetURI ?? undefined;
      const label = `${input}#${items.length + 1}`;
      const cap = Math.min(MAX_INPUT_BYTES, MAX_WARC_PAYLOAD_BYTES - unpacked);
      const payload = await readPayload(record, cap);
      if (!payload.ok) {
        items.push({ input: label, outcome: payload });
        // A refused record was unpacked past its cap: that counts against the archive, so bombs cannot add up.
        unpacked += cap;
        if (unpacked >= MAX_WARC_PAYLOAD_BYTES) break; // the archive's budget is spent
        continue;
      }
      unpacked += payload.value.length;
      const decoded = decodeHtml(payload.value, contentType ?? undefined);
      items.push({
        input: label,
        outcome: decoded.ok
          ? { ok: true, value: makeDocument({ input: label, format: 'html', content: decoded.value, url }) }
          : decoded,
      });
    }
  } catch (error) {
    items.push({ input, outcome: reject('unparseable', `damaged WARC data: ${(error as Error).message}`) });
  }
  if (complete.damaged) {
    const at = complete.bytes.length;
    items.push({
      input,
      outcome: reject('unparseable', `damaged WARC data: the record at byte ${at} is cut short or malformed`),
    });
  }
  if (items.length === 0) items.push({ input, outcome: reject('empty', 'the WARC file holds no HTML responses') });
  return items;
}

/**
 * A record's HTTP payload with its Content-Encoding (gzip, deflate) undone, stopping one chunk past `cap`: a few
 * compressed megabytes can unpack to gigabytes, so the payload is never decoded whole before it is measured.
 */
async function readPayload(record: WARCRecord, cap: number): Promise<Outcome<Uint8Array>> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record) {
    size += chunk.length;
    if (size > cap) return reject('too-large', `the record's payload unpacks to more than ${cap} bytes`);
    chunks.push(chunk);
  }
  return succeed(Buffer.concat(chunks));
}
