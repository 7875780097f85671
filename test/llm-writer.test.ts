/** The optional writer against a loopback OpenAI-compatible server that returns recorded answers built from the seed spans. */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { analyze } from '../src/analyze/analyze.js';
import { briefStory } from '../src/api/brief.js';
import type { Brief } from '../src/core/model.js';
import { readLlmConfig } from '../src/llm/chat-client.js';
import { verifySentence } from '../src/llm/verify-sentence.js';
import { numberPassages, parseWritten, writeSynthesis } from '../src/llm/write-synthesis.js';
import { loadSeedArticles } from './helpers/seed-articles.js';

function seedBrief(): Brief {
  const items = loadSeedArticles().map((article) => ({ article, analysis: analyze(article) }));
  return briefStory({ id: 's_seed', title: 'Seed story', articleIds: items.map((i) => i.article.id) }, items);
}

/** What the server answers next: a chat body, raw bytes, or silence (to time out). */
let reply: { kind: 'chat'; text: string } | { kind: 'raw'; body: string; status?: number } | { kind: 'hang' } = {
  kind: 'raw',
  body: '',
};
let server: Server;
let url = '';

before(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      if (reply.kind === 'hang') return;
      response.setHeader('content-type', 'application/json');
      if (reply.kind === 'raw') {
        response.statusCode = reply.status ?? 200;
        response.end(reply.body);
      } else response.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: reply.text } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const brief = seedBrief();
const passages = numberPassages(brief);
/** An abbreviation ("U.S.") splits a written line into two sentences: the recorded answers use passages without one. */
const oneSentence = (p: { text: string }) => !/\b\p{L}\.\p{L}\./u.test(p.text);
/** The first passage holding a number, and the first holding a quotation, from the real seed synthesis. */
const withNumber = passages.find((p) => /\d/.test(p.text) && oneSentence(p));
const plain = passages.find(
  (p) =>
    oneSentence(p) &&
    !/\d|\b(?:not|no|never|cannot|without)\b|n't/.test(p.text) &&
    /\b(?:is|are|was|were|has|have|will|can)\b/.test(p.text),
)!;

describe('the model writer (loopback server, recorded answers)', () => {
  it('keeps a faithful answer, marks it model-written and cites the numbered spans', async () => {
    reply = { kind: 'chat', text: `${passages[0]!.text} [1]\n${plain.text} [${plain.number}]` };
    const { brief: written, report } = await writeSynthesis(brief, { url, model: 'm' });
    assert.equal(report.kept, 2);
    assert.ok(written.synthesis.every((s) => s.modelWritten === true));
    assert.deepEqual(written.synthesis[0]!.citations, [passages[0]!.span]);
  });

  it('drops an invented number, an altered quote, a wrong citation and a negation flip', async () => {
    assert.ok(withNumber, 'the seed synthesis cites a passage with a number');
    const bad = [
      `${withNumber.text.replace(/\d+/, (n) => String(Number(n) + 7))} [${withNumber.number}]`,
      `${plain.text} [${passages.find((p) => p.span.articleId !== plain.span.articleId && !p.text.includes(plain.text.slice(0, 20)))!.number}]`,
      `${plain.text.replace(/\b(is|are|was|were|has|have|will|can)\b/, '$1 not')} [${plain.number}]`,
      `Rutte said that “the United States stands partly behind NATO” [${plain.number}].`,
    ];
    const first = passages.find(oneSentence)!;
    reply = { kind: 'chat', text: [`${first.text} [${first.number}]`, ...bad].join('\n') };
    const { brief: written, report } = await writeSynthesis(brief, { url, model: 'm' });
    assert.equal(report.written, 5);
    assert.equal(report.kept, 1, JSON.stringify(report.dropped));
    assert.equal(report.dropped.length, 4);
    assert.match(written.notes!.join(' '), /4 of 5 model-written sentences were dropped/);
  });

  for (const [label, next] of [
    ['returns garbage', { kind: 'raw', body: '<html>502 Bad Gateway</html>' }],
    ['returns nothing', { kind: 'raw', body: '' }],
    ['answers with empty text', { kind: 'chat', text: '   ' }],
    ['times out', { kind: 'hang' }],
    ['fails with HTTP 500', { kind: 'raw', body: '{"error":"model not loaded"}', status: 500 }],
    ['answers JSON without choices', { kind: 'raw', body: '{"object":"chat.completion","choices":[]}' }],
  ] as const) {
    it(`keeps the extractive brief, with a note, when the endpoint ${label}`, async () => {
      reply = next;
      const { brief: written } = await writeSynthesis(brief, { url, model: 'm', timeoutMs: 300 });
      assert.deepEqual(written.synthesis, brief.synthesis);
      assert.match(written.notes!.at(-1)!, /model writer/);
    });
  }
});

describe('the model writer when nothing it writes can be used', () => {
  it('keeps the extractive synthesis, with a note, when every written sentence is unsupported', async () => {
    const other = passages.find((p) => p.span.articleId !== plain.span.articleId && p.text !== plain.text)!;
    reply = { kind: 'chat', text: `${plain.text} [${other.number}]\n${plain.text} [${passages.length + 5}]` };
    const { brief: written, report } = await writeSynthesis(brief, { url, model: 'm' });
    assert.equal(report.kept, 0);
    assert.deepEqual(written.synthesis, brief.synthesis);
    assert.match(written.notes!.at(-1)!, /none of its 2 sentences was supported/);
  });

  it('keeps the extractive synthesis, with a note, when no server listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { brief: written } = await writeSynthesis(brief, { url: `http://127.0.0.1:${port}/v1`, model: 'm' });
    assert.deepEqual(written.synthesis, brief.synthesis);
    assert.match(written.notes!.at(-1)!, /model writer failed \(network/);
  });

  it('does not call the model when the brief has no passages to give it', async () => {
    const empty: Brief = { ...brief, synthesis: [], quickLook: [], claims: [] };
    const { brief: written, report } = await writeSynthesis(empty, { url: 'http://127.0.0.1:9/v1', model: 'm' });
    assert.equal(report.written, 0);
    assert.match(written.notes!.at(-1)!, /no source passages/);
  });
});

describe('verifySentence', () => {
  it('accepts a source sentence citing itself and rejects it citing nothing', () => {
    assert.equal(verifySentence(plain.text, [plain.text]).keep, true);
    assert.equal(verifySentence(plain.text, []).keep, false);
  });
});

describe('parseWritten and readLlmConfig', () => {
  it('splits sentences and reads their citation marks', () => {
    assert.deepEqual(parseWritten('- A thing happened [1][2]. Then another [3].'), [
      { text: 'A thing happened.', cites: [1, 2] },
      { text: 'Then another.', cites: [3] },
    ]);
  });
  it('uses no endpoint unless one is configured; flags win over the environment', () => {
    assert.equal(readLlmConfig({}, {}), undefined);
    assert.deepEqual(readLlmConfig({ model: 'x' }, { TRIANGULATE_LLM_URL: 'http://h/v1', TRIANGULATE_LLM_KEY: 'k' }), {
      url: 'http://h/v1',
      model: 'x',
      key: 'k',
    });
  });
});
