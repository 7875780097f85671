/**
 * wink-nlp with its word cache put back after every text, so that how a text is tokenised and tagged depends on
 * that text alone and never on the texts read before it (in this process, on this thread, in this order).
 *
 * Why: wink's cache (wink-nlp/src/cache.js) adds every out-of-vocabulary string it meets to the model's
 * `features.lexeme` list and hash for good, and the tokenizer asks that hash whether a string is a known word
 * before splitting it (tokenizer.js `_addTokenIfInCache`, recursive-tokenizer.js `isLexeme`). Once "Clinton's"
 * was met whole (at the end of a quote, say), every later "Clinton's" stays one PROPN token instead of
 * "Clinton" + "'s" PART: 320 of PolNeAR's and BASIL's 917 articles tokenised differently when read a second
 * time. The out-of-vocabulary word's features are also kept with the category of its first occurrence, and the
 * prefix/suffix/shape lists grow into fixed bit fields (their size check is commented out) that overflow into the
 * neighbouring pos bits after enough texts.
 *
 * How: the words added while reading one text are taken out of the lexeme hash afterwards, and the feature lists
 * are cut back to the model's own size. The lexeme list itself cannot be cut back per text: wink keeps the added
 * words' packed features in a private array indexed by list position, so new words must keep getting new
 * positions. Positions are token ids that wink's state machines compare with their own codes (the NER machines
 * use 1,050,000 and up for entities of the previous pass), so before they get near, a fresh wink instance is built
 * on the same loaded model (15–30 ms, every ~2,000 articles; the model is parsed once per thread, not per instance).
 */
import model from 'wink-eng-lite-web-model';
import winkNLP, { type Document, type ItsHelpers, type Model, type WinkMethods } from 'wink-nlp';

/** One of the model's string tables (lexeme, prefix, suffix, shape) as wink's cache grows it. */
interface GrowingFeature {
  list: string[];
  hash: Record<string, number>;
  index: number;
}

/** The parts of wink's core model the reset touches (the rest is wink's business). */
interface CoreModel {
  features: Record<string, Partial<GrowingFeature> & { intrinsicSize?: number }>;
}

/** A wink pipeline whose readings are independent of one another. */
export interface WinkReader {
  /**
   * Reads one text and hands its wink document to `use`; the document must not be kept after `use` returns
   * (its out-of-vocabulary words are forgotten then).
   */
  read<T>(text: string, use: (doc: Document, its: ItsHelpers) => T): T;
}

// Token ids must stay below the NER machines' own codes (1,050,000 and up, see above): a fresh instance well before,
// which also lets go of the forgotten words (they stay in the list until then: about 80 new words per PolNeAR or BASIL article).
const RECYCLE_AT = 250_000;

// The model's parts other than the core are module-level JSON that the model returns as is — except metaCER, which
// re-stringifies its module variable on every call (so a 20th call fails with "Invalid string length"): asked once.
let parts: Omit<Model, 'core'> | undefined;

function modelParts(): Omit<Model, 'core'> {
  if (parts === undefined) {
    const m = model as unknown as Record<keyof Model, () => unknown> & Model;
    const once = (name: keyof Model): (() => unknown) => {
      const value = m[name]();
      return () => value;
    };
    parts = {
      sbd: once('sbd'),
      pos: once('pos'),
      ner: once('ner'),
      negation: once('negation'),
      sa: once('sa'),
      metaCER: once('metaCER'),
      featureFn: model.featureFn,
      addons: model.addons,
    } as Omit<Model, 'core'>;
  }
  return parts;
}

/**
 * A reader on its own copy of the core model (one per thread is enough; two readers never share a core model,
 * since each instance's private feature array must line up with the lexeme list it grows).
 * @example createWinkReader().read('Rutte said so.', (doc, its) => doc.tokens().out(its.pos)) // → ['PROPN', 'VERB', 'ADV', 'PUNCT']
 */
export function createWinkReader(options: { recycleAt?: number; pipe?: string[] } = {}): WinkReader {
  const recycleAt = options.recycleAt ?? RECYCLE_AT;
  const core = (model as unknown as { core: () => CoreModel }).core();
  const wrapped = { ...modelParts(), core: () => core } as unknown as Model;
  const lexeme = core.features.lexeme as GrowingFeature & { intrinsicSize: number };
  // The string tables wink's cache grows (those with a hash and a running index), at their size after loading.
  const tables = Object.values(core.features)
    .filter((f): f is GrowingFeature => f.hash !== undefined && Array.isArray(f.list) && typeof f.index === 'number')
    .filter((f) => f !== lexeme)
    .map((f) => ({ feature: f, size: f.list.length }));
  let nlp: WinkMethods = winkNLP(wrapped, options.pipe);

  function forget(from: number): void {
    for (let i = from; i < lexeme.list.length; i += 1) delete lexeme.hash[lexeme.list[i]!];
    for (const { feature, size } of tables) {
      for (let i = size; i < feature.list.length; i += 1) delete feature.hash[feature.list[i]!];
      feature.list.length = size;
      feature.index = size;
    }
    if (lexeme.list.length > recycleAt) {
      // Nothing in the hash points past the model's own words any more; a fresh cache starts its ids there again.
      lexeme.list.length = lexeme.intrinsicSize;
      lexeme.index = lexeme.intrinsicSize;
      nlp = winkNLP(wrapped, options.pipe);
    }
  }

  return {
    read(text, use) {
      const from = lexeme.list.length;
      try {
        return use(nlp.readDoc(text), nlp.its);
      } finally {
        forget(from);
      }
    },
  };
}
