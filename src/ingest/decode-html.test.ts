/** decodeHtml: declared and detected charsets on real pages re-encoded in the test. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { declaredCharset, decodeHtml } from './decode-html.js';

const seed = readFileSync(new URL('../../../shared/seeds/001_fc3c4da80b9c7d6f.txt', import.meta.url), 'utf8');
const telegram = '../../../shared/data/telegram-ru-news-posts/raw/';

test('a latin1 page with a meta charset decodes to the same text', () => {
  const text = `${seed.slice(0, 3000)} café Größe`;
  const page = `<html><head><meta charset="iso-8859-1"></head><body><p>${text}</p></body></html>`;
  const decoded = decodeHtml(iconv.encode(page, 'latin1'));
  assert.ok(decoded.ok);
  assert.ok(decoded.value.includes('café Größe'));
});

test('a page that declares latin1 but is UTF-8 is read as UTF-8 (wrong declared charset)', () => {
  const page = `<meta charset="iso-8859-1"><p>${seed.slice(0, 2000)} — Größe</p>`;
  const decoded = decodeHtml(Buffer.from(page, 'utf8'));
  assert.ok(decoded.ok);
  assert.ok(decoded.value.includes('— Größe'));
});

test('the HTTP header charset is read; without any declaration, windows-1251 bytes are detected', () => {
  assert.equal(declaredCharset(Buffer.from('<p>x</p>'), 'text/html; charset=KOI8-R'), 'koi8-r');
  const posts = JSON.parse(
    readFileSync(new URL(`${telegram}1001000724666_messages.json`, import.meta.url), 'utf8'),
  ) as {
    text: string;
  }[];
  const russian = posts
    .map((post) => post.text)
    .filter((text) => /[\u0400-\u04ff]{5}/.test(text))
    .slice(0, 5)
    .join('\n');
  const decoded = decodeHtml(iconv.encode(`<html><body><p>${russian}</p></body></html>`, 'windows-1251'));
  assert.ok(decoded.ok);
  assert.ok(decoded.value.includes(russian.slice(0, 80)));
});

test('never throws on arbitrary bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      const decoded = decodeHtml(bytes);
      assert.equal(typeof decoded.ok, 'boolean');
    }),
  );
});
