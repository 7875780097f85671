/** The seed pages (../shared/seeds): every furniture item of EXPECTED.md is gone, the body and metadata are right. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { hashId } from '../src/core/ids.js';
import type { Article } from '../src/core/model.js';
import { extract } from '../src/extract/extract.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = join(repoRoot, '..', 'shared', 'seeds');

function extractSeed(name: string): Article {
  const path = join(seedsDir, name);
  const content = readFileSync(path, 'utf8');
  const result = extract({ id: hashId('d', content), input: path, format: 'text', content });
  assert.ok(result.ok, `extract rejected ${name}: ${result.ok ? '' : result.error.message}`);
  return result.value;
}

interface SeedCase {
  file: string;
  furniture: string[];
  mustContain: string[];
  title: string;
  outlet?: string;
  author?: string;
}

/** Furniture strings are quoted from EXPECTED.md; "must contain" sentences are quoted from the seed pages. */
const seeds: SeedCase[] = [
  {
    file: '000_4ed1771e353802e1.txt',
    furniture: ['Wire provenance', 'https://t.me/osintdefender', 'draws on the following public wire/social posts'],
    mustContain: [
      'NATO Secretary-General Mark Rutte said this week that Europe cannot defend itself without American military support.',
      'The capability gap nobody wants to fund',
      'But examining a system is not procuring one.',
    ],
    title: "Europe's strategic autonomy mirage: NATO's own leader just named the problem",
  },
  {
    file: '001_fc3c4da80b9c7d6f.txt',
    furniture: ['\n-\n', 'Mark Rutte, Secretary General of the North Atlantic Treaty Organization (NATO)\n'],
    mustContain: [
      'Pars Today – The NATO Secretary General has reiterated Europe’s continued defense dependence on the United States.',
      'He added: “I am confident that the United States fully supports NATO. There is no doubt about that.”',
      'Around 75 percent of the GDP of NATO countries lies outside the European Union',
    ],
    title: 'Why NATO Secretary General insist on Europe’s defense dependence on U.S.',
    outlet: 'Pars Today',
  },
  {
    file: '002_3f73aefb979e5ba2.txt',
    furniture: [
      'George Allison is the founder and editor',
      'George Allison\n',
      '2 COMMENTS',
      'JFC Norfolk',
      'LEAVE A REPLY',
      'Please enter your comment!',
      'Please enter your name here',
    ],
    mustContain: [
      'Rutte described what he called a “real shift in mindset”',
      'He cited Germany’s increased spending and deployments, alongside European purchases of US equipment for Ukraine, as evidence of that shift.',
    ],
    title: 'NATO Secretary General Mark Rutte has said European allies are increasingly taking a leadership role…',
    outlet: 'UK Defence Journal',
    author: 'George Allison',
  },
  {
    file: '003_a9dfb247a31c1c2c.txt',
    furniture: ['Jack Smith is an analyst', 'This is an edited version of an article', 'January 22, 2026 - 4:30pm'],
    mustContain: [
      'According to reports in Europe, discussions are already taking place about this possibility.',
      'Dealing with this requires more than just a new intergovernmental body without the United States.',
    ],
    title: 'In agreeing the “framework of a future deal” with Donald Trump over Greenland on Wednesday, Mark…',
    outlet: 'Eurointelligence',
    author: 'Jack Smith',
  },
  {
    file: '004_b6d7bebe056b17a4.txt',
    furniture: [
      'Top StoryWorld',
      'NATO’s Rutte Opposes EU Breakaway From U.S.',
      '/ Newslooks/',
      'Morning Edition',
      'More on US News',
      'Previous Article',
      'Next Article',
      'Winter Storm Delays Flights Across Northeast, Great Lakes',
      'Trump Pushes Children’s Accounts to Boost GOP Ahead of 2026 Midterms',
      'How useful was this article?',
      'Click on a star to rate it!',
      'Average rating 0 / 5. Vote count: 0',
      'No votes so far!',
      'Latest News',
      'Menu',
    ],
    mustContain: [
      'NATO Secretary-General Mark Rutte firmly rejected the idea of the EU pursuing military independence from the U.S.',
      'BRUSSELS — NATO Secretary-General Mark Rutte has firmly dismissed rising calls within the European Union',
      '“We must never forget: NATO works because of its unity. Breaking away from our strongest partner would be a mistake,” Rutte concluded.',
      'Strategic Autonomy Debate Heats Up',
    ],
    title: 'NATO’s Rutte Opposes EU Breakaway From U.S.',
    outlet: 'Newslooks',
    author: 'J. Mansour',
  },
];

describe('extract on the seed pages', () => {
  for (const seed of seeds) {
    describe(seed.file, () => {
      const article = extractSeed(seed.file);

      test('drops the page furniture listed in EXPECTED.md', () => {
        for (const furniture of seed.furniture) assert.ok(!`\n${article.text}\n`.includes(furniture), furniture);
      });

      test('keeps the body', () => {
        for (const sentence of seed.mustContain) assert.ok(article.text.includes(sentence), sentence);
      });

      test('finds title, outlet and author', () => {
        assert.equal(article.title, seed.title);
        assert.equal(article.outlet, seed.outlet);
        assert.equal(article.author, seed.author);
        assert.equal(article.language, 'en');
      });

      test('writes paragraphs separated by one blank line, with no title line in the text', () => {
        assert.ok(!article.text.includes('\n\n\n'));
        assert.ok(!article.text.startsWith(`${article.title}\n`));
        for (const paragraph of article.text.split('\n\n')) assert.equal(paragraph, paragraph.trim());
      });
    });
  }

  test('000: the "Wire provenance" links become cites', () => {
    const article = extractSeed('000_4ed1771e353802e1.txt');
    assert.deepEqual([...article.cites].sort(), [
      'https://t.me/osintdefender/5874',
      'https://t.me/osintdefender/5875',
      'https://t.me/osintdefender/5876',
    ]);
    assert.equal(article.outlet, undefined);
    assert.ok(article.text.includes('This publication covered Rutte'));
  });

  test('003: the date line gives publishedAt and the reprint note is provenance', () => {
    const article = extractSeed('003_a9dfb247a31c1c2c.txt');
    assert.equal(article.publishedAt, '2026-01-22T16:30:00');
    assert.deepEqual(article.provenanceNotes, [
      'This is an edited version of an article which originally appeared in the Eurointelligence newsletter.',
    ]);
    assert.ok(
      article.text.startsWith('In agreeing the “framework of a future deal”'),
      'a lead used for the title stays in the text',
    );
  });

  test('004: the lead dateline (BRUSSELS) wins over the byline desk (WASHINGTON); Quick Looks bullets are content', () => {
    const article = extractSeed('004_b6d7bebe056b17a4.txt');
    assert.equal(article.dateline, 'BRUSSELS');
    const paragraphs = article.text.split('\n\n');
    assert.ok(paragraphs.includes('NATO Secretary-General Mark Rutte reaffirms U.S. support for NATO'));
    assert.ok(paragraphs.includes('Debate intensifies as EU prepares for shifting global threats'));
    assert.ok(!article.text.includes('•'));
  });

  test('ids are content hashes: the same seed gives the same article', () => {
    const content = readFileSync(join(seedsDir, '001_fc3c4da80b9c7d6f.txt'), 'utf8');
    const doc = { id: hashId('d', content), input: 'x', format: 'text' as const, content };
    const [a, b] = [extract(doc), extract(doc)];
    assert.deepEqual(a, b);
    assert.ok(a.ok && a.value.id === hashId('a', doc.id));
  });
});
