/** Briefs streamed one at a time are byte for byte the set rendered at once (Markdown, CSV, JSON). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brief } from '../src/api/brief.js';
import type { Brief } from '../src/core/model.js';
import { render } from '../src/render/render.js';
import { type StreamFormat, streamBriefs } from '../src/render/stream-briefs.js';
import { seedPaths } from './helpers/shared.js';

async function streamed(format: StreamFormat, briefs: Brief[]): Promise<string> {
  let out = '';
  const stream = streamBriefs(format, async (text) => {
    out += text;
  });
  for (const made of briefs) await stream.add(made);
  await stream.end();
  return out;
}

describe('streamBriefs', () => {
  it('writes what render writes, for none, one and several briefs', async () => {
    const { briefs } = await brief(seedPaths(), { db: ':memory:', embeddings: false });
    const [seed] = briefs.stories;
    assert.ok(seed);
    // A second story: the seed brief under another id and title, cut to its first two articles.
    const other: Brief = { ...seed, id: 's_other', title: 'Another story', articles: seed.articles.slice(0, 2) };
    for (const set of [[], [seed], [seed, other, seed]]) {
      for (const format of ['md', 'csv', 'json'] as const) {
        assert.equal(
          await streamed(format, set),
          render({ version: 1, stories: set }, format),
          `${format} × ${set.length}`,
        );
      }
    }
  });
});
