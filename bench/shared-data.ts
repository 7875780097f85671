/** Readers for the evaluation sets in ../shared/data (read in place, never copied into the repository). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));

export interface AebPage {
  id: string;
  html: string;
  gold: string;
}

/** The Zyte article-extraction benchmark pages of this split, with their gold bodies. */
export function loadAeb(): AebPage[] {
  const gold = JSON.parse(readFileSync(join(DATA, 'aeb', 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string }
  >;
  return readdirSync(join(DATA, 'aeb', 'html'))
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
    .map((name) => {
      const id = name.replace('.html.gz', '');
      return {
        id,
        html: gunzipSync(readFileSync(join(DATA, 'aeb', 'html', name))).toString('utf8'),
        gold: gold[id]?.articleBody ?? '',
      };
    });
}

/** The published outputs of other extractors on the same pages (`baselines/<system>.json`). */
export function loadAebBaselines(): {
  system: string;
  version: string;
  output: Record<string, { articleBody: string }>;
}[] {
  const dir = join(DATA, 'aeb', 'baselines');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
}

/** PolNeAR's plain-text political news articles (for analysis throughput). */
export function loadPolnearTexts(): { name: string; text: string }[] {
  const dir = join(DATA, 'polnear', 'text');
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export interface TrafilaturaEvalDoc {
  id: string;
  url: string;
  bytes: Uint8Array;
  with: string[];
  without: string[];
  title?: string;
  /** One name, several in one string, or (for a few pages) a list of names. */
  author?: string | string[];
  date?: string;
}

/** trafilatura's evaluation pages of this split (raw bytes as served: many are not UTF-8) with their snippets and metadata. */
export function loadTrafilaturaEval(): TrafilaturaEvalDoc[] {
  const dir = join(DATA, 'trafilatura-eval');
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<
    string,
    {
      url: string;
      html: string;
      with: string[];
      without: string[];
      title?: string;
      author?: string | string[];
      date?: string;
    }
  >;
  return Object.keys(gold)
    .sort()
    .map((id) => {
      const entry = gold[id]!;
      return {
        id,
        url: entry.url,
        bytes: gunzipSync(readFileSync(join(dir, entry.html))),
        with: entry.with,
        without: entry.without,
        title: entry.title,
        author: entry.author,
        date: entry.date,
      };
    });
}
