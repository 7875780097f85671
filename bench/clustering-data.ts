/** Readers for the clustering yardsticks in ../shared/data: documents with their gold story, read in place. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Document } from '../src/core/model.js';
import { DATA } from './shared-data.js';

/** A document to cluster and the gold cluster it belongs to (when the set has one). */
export interface GoldDocument {
  document: Document;
  gold?: string;
}

/**
 * Reads a Python literal list of lists of strings (`[['a', "b's"], ['c']]`), as some BASIL files store
 * `body-paragraphs`. Returns undefined when the text is not such a literal.
 * @example parsePythonStringLists("[['One.', 'Two.'], ['Three.']]") // [['One.', 'Two.'], ['Three.']]
 */
export function parsePythonStringLists(literal: string): string[][] | undefined {
  let at = 0;
  const skip = (): void => {
    while (at < literal.length && /[\s,]/.test(literal[at]!)) at++;
  };
  const readString = (): string | undefined => {
    const quote = literal[at];
    if (quote !== "'" && quote !== '"') return undefined;
    at++;
    let out = '';
    while (at < literal.length && literal[at] !== quote) {
      if (literal[at] === '\\' && at + 1 < literal.length) {
        const next = literal[at + 1]!;
        out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
        at += 2;
      } else out += literal[at++];
    }
    if (at >= literal.length) return undefined;
    at++;
    return out;
  };
  skip();
  if (literal[at] !== '[') return undefined;
  at++;
  const lists: string[][] = [];
  for (;;) {
    skip();
    if (literal[at] === ']') {
      at++;
      break;
    }
    if (literal[at] !== '[') return undefined;
    at++;
    const list: string[] = [];
    for (;;) {
      skip();
      if (literal[at] === ']') {
        at++;
        break;
      }
      const value = readString();
      if (value === undefined) return undefined;
      list.push(value);
    }
    lists.push(list);
  }
  skip();
  return at === literal.length ? lists : undefined;
}

interface BasilFile {
  title: string;
  date?: string;
  uuid: string;
  source: string;
  url?: string;
  'triplet-uuid': string;
  'body-paragraphs': string[][] | string;
}

/** BASIL's paragraphs, whichever way the file stores them. */
export function basilParagraphs(value: string[][] | string): string[][] {
  if (Array.isArray(value)) return value;
  return parsePythonStringLists(value) ?? [[value]];
}

export interface BasilArticle {
  file: BasilFile;
  /** The flattened sentences, in order (annotation `p<k>` indexes them). */
  sentences: string[];
  document: Document;
}

/** BASIL's 201 shared articles: title, then one paragraph per line; the triplet is the gold story. */
export function loadBasil(): BasilArticle[] {
  const root = join(DATA, 'basil', 'articles');
  const out: BasilArticle[] = [];
  for (const year of readdirSync(root).sort()) {
    for (const name of readdirSync(join(root, year)).sort()) {
      const file = JSON.parse(readFileSync(join(root, year, name), 'utf8')) as BasilFile;
      const paragraphs = basilParagraphs(file['body-paragraphs']);
      const content = [file.title, ...paragraphs.map((p) => p.join(' '))].join('\n\n');
      const document: Document = {
        id: `basil-${file.uuid}`,
        input: `basil/${year}/${name}`,
        inputId: file.uuid,
        format: 'text',
        content,
        title: file.title,
        outlet: file.source.toLowerCase(),
      };
      if (file.date) document.publishedAt = file.date;
      if (file.url) document.url = file.url;
      out.push({ file, sentences: paragraphs.flat(), document });
    }
  }
  return out;
}

/** BASIL as gold documents (gold = triplet). */
export function loadBasilGold(): GoldDocument[] {
  return loadBasil().map(({ file, document }) => ({ document, gold: file['triplet-uuid'] }));
}

interface NeusLine {
  id: string;
  articles: { title: string; text: string }[];
}

/** NeuS stories as one pool: each outlet excerpt (title + lead) is a document; the story is the gold cluster. */
export function loadNeus(): GoldDocument[] {
  const lines = readFileSync(join(DATA, 'neus-allsides', 'neus_mds.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const out: GoldDocument[] = [];
  for (const line of lines) {
    const story = JSON.parse(line) as NeusLine;
    story.articles.forEach((article, k) => {
      if (!article.title.trim() && !article.text.trim()) return;
      out.push({
        document: {
          id: `neus-${story.id}-${k}`,
          input: `neus/${story.id}/${k}`,
          format: 'text',
          content: `${article.title}\n\n${article.text}`,
          title: article.title,
        },
        gold: story.id,
      });
    });
  }
  return out;
}

/** AllSides crawl: each side's article (title + body) with its outlet and the story's date. */
export function loadAllsides(): GoldDocument[] {
  const lines = readFileSync(join(DATA, 'neus-allsides', 'allsides_stories.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const out: GoldDocument[] = [];
  for (const line of lines) {
    const story = JSON.parse(line) as {
      id: number;
      date?: string;
      news: Record<string, { newsSource?: string; newsTitle?: string; newBody?: string[] }>;
    };
    for (const side of Object.keys(story.news).sort()) {
      const news = story.news[side]!;
      const body = (news.newBody ?? []).join('\n\n');
      if (!body.trim()) continue;
      const document: Document = {
        id: `allsides-${story.id}-${side}`,
        input: `allsides/${story.id}/${side}`,
        format: 'text',
        content: `${news.newsTitle ?? ''}\n\n${body}`,
      };
      if (news.newsTitle) document.title = news.newsTitle;
      if (news.newsSource) document.outlet = news.newsSource;
      if (story.date) document.publishedAt = story.date;
      out.push({ document, gold: `allsides-${story.id}` });
    }
  }
  return out;
}

/** The UCI News Aggregator head: headlines only, gold = STORY. */
export function loadUci(): GoldDocument[] {
  const text = readFileSync(join(DATA, 'uci-news-aggregator-head', 'uci-news-aggregator-head.csv'), 'utf8');
  const rows = text.split('\n').slice(1).filter(Boolean);
  const out: GoldDocument[] = [];
  for (const row of rows) {
    const cells = parseCsvRow(row);
    const [id, title, url, publisher, , story] = cells;
    if (!id || !title || !story) continue;
    out.push({
      document: {
        id: `uci-${id}`,
        input: `uci/${id}`,
        format: 'text',
        content: title,
        title,
        outlet: publisher ?? '',
        ...(url ? { url } : {}),
      },
      gold: story,
    });
  }
  return out;
}

/** One CSV row: fields separated by commas, double-quoted fields may hold commas and doubled quotes. */
export function parseCsvRow(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const char = row[i]!;
    if (quoted) {
      if (char === '"' && row[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell.replace(/\r$/, ''));
  return cells;
}

/** Real Telegram posts (Russian channels): other-language documents with dates, no gold. */
export function loadTelegram(): GoldDocument[] {
  const dir = join(DATA, 'telegram-ru-news-posts', 'raw');
  const out: GoldDocument[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const posts = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
      message_id: number;
      sender_id: number;
      text?: string;
      date?: string;
      channel?: string;
    }[];
    for (const post of posts) {
      if (!post.text?.trim()) continue;
      const document: Document = {
        id: `tg-${post.sender_id}-${post.message_id}`,
        input: `telegram/${name}#${post.message_id}`,
        format: 'text',
        content: post.text,
      };
      if (post.date) document.publishedAt = post.date;
      if (post.channel) document.outlet = post.channel;
      out.push({ document });
    }
  }
  return out;
}

/** PolNeAR's plain-text articles, the seed pages and the extraction sets' HTML pages: real documents without gold. */
export function loadOtherDocuments(seedsDir: string): GoldDocument[] {
  const out: GoldDocument[] = [];
  const polnear = join(DATA, 'polnear', 'text');
  for (const name of readdirSync(polnear).sort()) {
    out.push({
      document: {
        id: `polnear-${name}`,
        input: `polnear/${name}`,
        format: 'text',
        content: readText(join(polnear, name)),
      },
    });
  }
  for (const name of readdirSync(seedsDir).sort()) {
    if (!name.endsWith('.txt')) continue;
    out.push({
      document: { id: `seed-${name}`, input: name, format: 'text', content: readText(join(seedsDir, name)) },
    });
  }
  for (const dir of [join(DATA, 'aeb', 'html'), join(DATA, 'trafilatura-eval', 'html')]) {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const content = name.endsWith('.gz') ? gunzipSync(readFileSync(path)).toString('utf8') : readText(path);
      out.push({ document: { id: `html-${name}`, input: path, format: 'html', content } });
    }
  }
  return out;
}

function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Every real document in ../shared/data and the seeds: the pool of the whole-job and scaling benches. */
export function loadEveryDocument(seedsDir: string): GoldDocument[] {
  return [
    ...loadBasilGold(),
    ...loadNeus(),
    ...loadUci(),
    ...loadAllsides(),
    ...loadTelegram(),
    ...loadOtherDocuments(seedsDir),
  ];
}
