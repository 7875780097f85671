import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { loadSeedArticle } from '../../test/helpers/seed-articles.js';
import { ruleSentenceEnds, splitParagraphs, splitSentences } from './split-sentences.js';

function checkSpans(text: string, spans: { start: number; end: number }[]): void {
  let last = 0;
  for (const span of spans) {
    assert.ok(span.start >= last, 'in order, not overlapping');
    assert.ok(span.end > span.start && span.end <= text.length, 'inside the text');
    const body = text.slice(span.start, span.end);
    assert.equal(body, body.trim(), 'trimmed');
    assert.ok(!body.includes('\n\n'), 'never crosses a paragraph break');
    last = span.end;
  }
}

test('seed 002: a split quote around "he said" stays two sentences of one paragraph', () => {
  const article = loadSeedArticle(2);
  const spans = splitSentences(article.text, article.id);
  const texts = spans.map((s) => article.text.slice(s.start, s.end));
  assert.ok(
    texts.includes(
      '“Yesterday we had the Defence Ministers session with NATO, and there was a real shift in mindset,” he said.',
    ),
  );
  assert.ok(
    texts.includes(
      '“The Europeans now, all, and Canada, on 2%, and we agreed, of course, in The Hague… to reach the 5%.”',
    ),
  );
  checkSpans(article.text, spans);
});

test('seed 004: abbreviations (U.S.) do not end a sentence; headings are their own sentence', () => {
  const article = loadSeedArticle(4);
  const texts = splitSentences(article.text, article.id).map((s) => article.text.slice(s.start, s.end));
  const lead = texts.find((t) => t.includes('Mark Rutte firmly rejected'));
  assert.ok(
    lead?.endsWith(
      'the idea of the EU pursuing military independence from the U.S., stating that America remains committed to NATO.',
    ),
  );
  assert.ok(texts.includes('Strategic Autonomy Debate Heats Up'));
});

test('paragraphs are the trimmed blocks between line breaks', () => {
  const article = loadSeedArticle(3);
  const paragraphs = splitParagraphs(article.text);
  assert.ok(
    article.text
      .slice(paragraphs[0]!.start, paragraphs[0]!.end)
      .startsWith('In agreeing the “framework of a future deal”'),
  );
  checkSpans(article.text, paragraphs);
});

test('the rule splitter (fallback) splits seed sentences at end punctuation before a capital', () => {
  const text = 'Rutte sits at NATO’s institutional centre. He has no obvious incentive to undermine the organisation.';
  assert.deepEqual(ruleSentenceEnds(text), [42]);
});

test('property: sentence spans are ordered, trimmed, inside the text and never cross "\\n\\n"', () => {
  const piece = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('\n\n', '\n', '. ', '“', '”', '"', 'U.S. ', 'He said. ', '…', ' ', '\r\n', '\u2028'),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      checkSpans(text, splitSentences(text, 'a'));
      checkSpans(text, splitSentences(text, 'a', splitParagraphs(text), ruleSentenceEnds(text)));
    }),
    { numRuns: 300 },
  );
});
