/** Test helper: BASIL articles from ../shared/data, cut to the paragraphs a test reads (real text only). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { basilParagraphs } from '../../bench/clustering-data.js';
import type { Article } from '../../src/core/model.js';
import { SHARED } from './shared.js';

const ROOT = join(SHARED, 'data', 'basil', 'articles');

/**
 * The paragraphs of BASIL article `name` ("<uuid>_<outlet>") that hold any of the needles, as an Article.
 * @example basilArticle('84678e18-0b79-4570-9c9f-cb1cf88d968e_2', 'Keystone').text // one paragraph
 */
export function basilArticle(name: string, ...needles: string[]): Article {
  const year = readdirSync(ROOT).find((y) => readdirSync(join(ROOT, y)).includes(`${name}.json`));
  if (year === undefined) throw new Error(`test: no BASIL article ${name} under ${ROOT}`);
  const file = JSON.parse(readFileSync(join(ROOT, year, `${name}.json`), 'utf8')) as {
    title: string;
    'body-paragraphs': string[][] | string;
  };
  const paragraphs = basilParagraphs(file['body-paragraphs']).map((p) => p.join(' '));
  const kept = paragraphs.filter((p) => needles.some((needle) => p.includes(needle)));
  if (kept.length === 0) throw new Error(`test: no paragraph of ${name} holds ${needles.join(' | ')}`);
  return {
    id: `a-${name}`,
    input: `basil/${year}/${name}.json`,
    title: file.title,
    text: kept.join('\n\n'),
    cites: [],
    provenanceNotes: [],
  };
}

/**
 * A whole BASIL article (all its paragraphs), as `brief` reads it.
 * @example basilWhole('2014', 'b764f81f-6d08-4d7c-b1a8-8961bed0a455_1').text.includes('Hickenlooper') // → true
 */
export function basilWhole(year: string, name: string): Article {
  const file = JSON.parse(readFileSync(join(ROOT, year, `${name}.json`), 'utf8')) as {
    title: string;
    'body-paragraphs': string[][] | string;
  };
  const text = basilParagraphs(file['body-paragraphs'])
    .map((p) => p.join(' '))
    .join('\n\n');
  return { id: `a-${name}`, input: name, title: file.title, text, cites: [], provenanceNotes: [] };
}
