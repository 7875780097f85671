/** USE-lite on its own thread (src/api/embed-thread.ts): the vectors the calling thread's model gives, byte for byte. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentenceTexts } from '../bench/same-fact-pairs.js';
import { createThreadEmbedder } from '../src/api/embed-thread.js';
import { createUseLiteEmbedder, USE_LITE_MODEL } from '../src/embed/use-lite.js';

/** The bytes of a vector, to compare exactly (a brief must not depend on which thread embedded). */
const bytes = (vector: Float32Array): Buffer => Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);

describe('embedding thread', () => {
  it('gives the same bytes as USE-lite on the calling thread, whatever the jobs it is sent', async () => {
    // Real BASIL sentences, more than one batch of the model's (32), sent as one job and as two.
    const texts = [...sentenceTexts().values()].flat().slice(0, 45);
    const here = await createUseLiteEmbedder().embed(texts);
    const threaded = createThreadEmbedder();
    try {
      assert.equal(threaded.model, USE_LITE_MODEL);
      const [whole, first, rest] = await Promise.all([
        threaded.embed(texts),
        threaded.embed(texts.slice(0, 20)),
        threaded.embed(texts.slice(20)),
      ]);
      assert.equal(whole.length, texts.length);
      for (const [i, vector] of here.entries()) {
        assert.ok(bytes(vector).equals(bytes(whole[i]!)), `text ${i} differs when embedded on the thread`);
        assert.ok(bytes(vector).equals(bytes([...first, ...rest][i]!)), `text ${i} differs in smaller jobs`);
      }
    } finally {
      await threaded.close();
    }
  });
});
