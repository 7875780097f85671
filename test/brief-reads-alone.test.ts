/** The brief as its reader meets it on stories no other test uses (BASIL triplets, read from ../shared). */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { brief } from '../src/api/brief.js';
import { compressSentence } from '../src/compose/compress-sentence.js';
import { shortenForBullet } from '../src/compose/shorten-bullet.js';
import { standsAlone } from '../src/compose/stands-alone.js';
import { headlineForm } from '../src/compose/headline-form.js';
import { namesItsActor } from '../src/compose/write-headline.js';
import type { Brief } from '../src/core/model.js';
import { render } from '../src/render/render.js';
import { loadBasil } from '../bench/clustering-data.js';
import { loadNeusTest } from '../bench/neus-data.js';
import { SHARED, tempDir } from './helpers/shared.js';

const TRIPLET = join(SHARED, 'data', 'basil', 'articles', '2016', '76810849-0335-4ad3-9eaf-f0d9c5baceb6');

/** BASIL's article record → a document object (the triplet is one story by the caller's own grouping). */
function toDocument(path: string): object {
  const record = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const paragraphs = record['body-paragraphs'] as (string | string[])[];
  const text = paragraphs.map((p) => (Array.isArray(p) ? p.join(' ') : p)).join('\n\n');
  return {
    id: record.uuid,
    title: record.title,
    text,
    outlet: record.source,
    url: record.url,
    publishedAt: record.date,
    story: 'triplet',
  };
}

/** Briefs one BASIL triplet (three outlets), words only. */
async function briefTriplet(triplet: string) {
  const folder = tempDir('triplet');
  for (const n of [1, 2, 3])
    writeFileSync(join(folder, `${n}.json`), JSON.stringify(toDocument(`${triplet}_${n}.json`)));
  return brief([folder], { db: ':memory:', embeddings: false });
}

describe('a brief read on an unseen three-outlet story', () => {
  let story: Brief;
  let markdown: string;
  before(async () => {
    const result = await briefTriplet(TRIPLET);
    story = result.briefs.stories[0]!;
    markdown = render(result.briefs, 'md');
  });

  test('the headline names who acts before any preposition (it had been NYT commentary on "President Obama\'s watch")', () => {
    const headline = markdown.split('\n')[0]!.replace(/^# /u, '');
    assert.ok(namesItsActor(headline), headline);
  });

  test('every quick-look bullet names who acts: no opening pronoun, no unnamed first person', () => {
    assert.ok(story.quickLook.length >= 5);
    for (const bullet of story.quickLook) assert.ok(standsAlone(bullet.text), bullet.text);
  });

  test('the Markdown shows at least one item of every non-empty detail section within the length budget', () => {
    for (const heading of ['Who said what', 'Claims', 'Single-source claims', 'Timeline']) {
      const section = markdown.split(`## ${heading}\n\n`)[1]?.split('\n## ')[0] ?? '';
      assert.match(section, /^- (?!…)/m, `${heading}: ${section}`);
    }
    const sourceWords = story.articles.reduce((sum, a) => sum + a.text.split(/\s+/).length, 0);
    assert.ok(markdown.split(/\s+/).length <= 0.4 * sourceWords + 5);
  });
});

test('the 2019 shutdown triplet: the headline is no sentence whose "it" points at what it does not say', async () => {
  const shutdown = join(SHARED, 'data', 'basil', 'articles', '2019', '70c75d68-bf65-46a6-a822-15c23d77a275');
  const { briefs } = await briefTriplet(shutdown);
  const headline = render(briefs, 'md').split('\n')[0]!.replace(/^# /u, '');
  assert.doesNotMatch(headline, /\b(?:it|they|them)\b/iu);
  assert.ok(namesItsActor(headline), headline);
});

/** The first BASIL sentence among each article's first `count` that matches (a test fails when none does). */
function basilLead(count: number): (pattern: RegExp) => string {
  const leads = loadBasil().flatMap((article) => article.sentences.slice(0, count));
  return (pattern) => {
    const found = leads.find((sentence) => pattern.test(sentence));
    assert.ok(found, `no BASIL lead matches ${pattern}`);
    return found;
  };
}

describe('the headline is a clause: who did what, never a name and its asides', () => {
  const lead = basilLead(1);

  test('a long lead is cut before its subordinate clause and its day, and a title of a name is no outlet-only word', () => {
    // "… on Tuesday after a monthslong criminal investigation into allegations …" (NYT, 2018).
    assert.equal(
      headlineForm(lead(/^WASHINGTON — Representative Duncan Hunter was indicted/u).replace(/^WASHINGTON — /u, '')),
      'Representative Duncan Hunter was indicted by a federal grand jury in San Diego',
    );
  });

  test('a subject with asides keeps its verb or gives no headline', () => {
    // Its verb, "sharply criticized", comes after "…, a Wyoming Senate candidate,".
    const cheney = headlineForm(lead(/^Mary Cheney, the younger sister of Liz Cheney, a Wyoming/u));
    assert.notEqual(cheney, 'Mary Cheney, the younger sister of Liz Cheney');
    // "…, adding that from this day forward, he will …": the that-clause's subject comes after the comma.
    assert.equal(
      headlineForm(lead(/^Maine Gov\. Paul LePage \(R\) said Wednesday/u)),
      'Maine Gov. Paul LePage (R) said that he has no plans to resign',
    );
  });
});

describe('a second unseen story read as its reader would (BASIL 2018, social media and conservatives)', () => {
  const triplet = join(SHARED, 'data', 'basil', 'articles', '2018', 'ad409798-ee94-4436-92c5-92669193be14');
  let story: Brief;
  before(async () => {
    const { briefs } = await briefTriplet(triplet);
    assert.equal(briefs.stories.length, 1);
    story = briefs.stories[0]!;
  });

  test('the place line of a dateline ("BERKELEY HEIGHTS, N.J. —") is never a speaker', () => {
    const datelines = story.articles.flatMap((a) => (a.dateline ? [a.dateline.toLowerCase()] : []));
    assert.ok(datelines.length > 0, 'the NYT article has a dateline');
    const speakers = story.statements.map((s) => s.speaker.toLowerCase());
    assert.deepEqual(
      speakers.filter((s) => datelines.includes(s)),
      [],
    );
  });

  test('no bullet leaves its subject to a sentence it does not carry ("In the case of Mr. Jones, it …")', () => {
    const nyt = story.articles.find((a) => a.text.includes('In the case of Mr. Jones, it'));
    assert.ok(nyt, 'the sentence is in the NYT article');
    const from = nyt.text.indexOf('In the case of Mr. Jones, it');
    const sentence = nyt.text.slice(from, nyt.text.indexOf('.', nyt.text.indexOf(', it', from)) + 1);
    assert.equal(standsAlone(sentence), false);
    for (const bullet of story.quickLook) assert.ok(standsAlone(bullet.text), bullet.text);
  });
});

describe('a third unseen story read as its reader would (BASIL 2019, Republicans demand Schiff resign)', () => {
  const triplet = join(SHARED, 'data', 'basil', 'articles', '2019', 'b7021938-ff8d-42ea-adec-5704c0b65237');
  let story: Brief;
  before(async () => {
    const { briefs } = await briefTriplet(triplet);
    assert.equal(briefs.stories.length, 1);
    story = briefs.stories[0]!;
  });

  test('the synthesis does not open on the headline’s own sentence word for word', () => {
    const headline = (story.headline?.text ?? story.title).replace(/\.$/u, '').toLowerCase();
    assert.ok(headline.length > 20, headline);
    for (const item of story.synthesis) assert.ok(!item.text.toLowerCase().includes(headline), item.text);
  });
});

describe('a fourth unseen story read as its reader would (BASIL 2011, Weiner denies sending a photo)', () => {
  const triplet = join(SHARED, 'data', 'basil', 'articles', '2011', 'c21cb217-3e2c-49bd-884d-5c74a165ef10');
  let story: Brief;
  let html: string;
  before(async () => {
    const { briefs } = await briefTriplet(triplet);
    assert.equal(briefs.stories.length, 1);
    story = briefs.stories[0]!;
    html = render(briefs, 'html');
  });

  test('reported speech keeps its cue and no quotation marks: "denied that he had sent …" never reads as his words', () => {
    const denial = story.statements.find((s) => s.quotes.some((q) => q.text.startsWith('he had sent a suggestive')));
    assert.ok(denial, 'the NYT lead reports a denial');
    assert.equal(denial.kind, 'reported');
    assert.equal(denial.quotes[0]!.cue, 'denied');
    // Cut where "but said he could not be sure …" begins: no trailing conjunction.
    assert.equal(denial.quotes[0]!.text, 'he had sent a suggestive photograph to a woman in Washington State');
    assert.match(html, /<em>denied<\/em>: he had sent a suggestive/u);
    assert.doesNotMatch(html, /<blockquote><p>“he had sent a suggestive/u);
  });

  test('the headline tells the main event, who denied what (it had been a bullet opening "Last weekend, a lewd photo …")', () => {
    const headline = story.headline?.text ?? '';
    assert.match(headline, /^(?:Rep\.|Representative|Congressman) Anthony (?:D\. )?Weiner\b/u, headline);
    assert.ok(namesItsActor(headline), headline);
  });

  test('no quick-look bullet or synthesis sentence leaves a person to a sentence it does not carry ("Mr. Levin said …", "He said …")', () => {
    for (const item of [...story.quickLook, ...story.synthesis]) {
      assert.ok(standsAlone(item.text), item.text);
      assert.doesNotMatch(item.text, /\bMr\. Levin\b|\bthe former official said\b/u, item.text);
    }
  });
});

describe('headlineForm on real leads: asides and openings of time cut, the main clause kept', () => {
  const lead = basilLead(2);

  test('where the subject spoke goes ("…, in an interview with Fox News, said …"), and the recipient phrase when too long', () => {
    assert.equal(
      headlineForm(lead(/^Rep\. Anthony Weiner, in an interview with Fox News, said/u)),
      "Rep. Anthony Weiner said he's certain he did not send a lewd photo of somebody's bulging underwear",
    );
  });

  test('a long opening of time, a quotation inside it, goes ("A day after telling reporters that …,")', () => {
    assert.equal(
      headlineForm(lead(/^A day after telling reporters that he's/u)),
      'Congressman Anthony Weiner (D-N.Y.) broke his silence about the controversy surrounding a lewd photo sent from his Twitter account',
    );
  });
});

describe('a fifth unseen story read as its reader would (BASIL 2014, Cantor defeated by Brat)', () => {
  let story: Brief;
  before(async () => {
    const triplet = join(SHARED, 'data', 'basil', 'articles', '2014', 'ee05c9b3-529c-4268-ad72-19bd34f7197e');
    const folder = tempDir('triplet');
    for (const n of [1, 2, 3])
      writeFileSync(join(folder, `${n}.json`), JSON.stringify(toDocument(`${triplet}_${n}.json`)));
    // With the meaning layer, as the quick start runs: the outlets tell Brat's win in other words.
    story = (await brief([folder], { db: ':memory:' })).briefs.stories[0]!;
  });

  test('no note says nothing is corroborated when outlets state the same fact in other words', () => {
    assert.ok(
      !(story.notes ?? []).some((note) => /nothing in this brief is corroborated/u.test(note)),
      story.notes?.join('\n'),
    );
  });

  test('no bullet is an opening phrase and a name with its apposition, the verb cut away', () => {
    const sentence = loadBasil()
      .flatMap((article) => article.sentences)
      .find((s) => s.startsWith('With just over $200,000, David Brat, a professor at Randolph-Macon College'));
    assert.ok(sentence, 'the NYT sentence is in BASIL');
    const short = shortenForBullet(sentence);
    assert.ok(short === undefined || /\btoppled\b/u.test(short), short);
    for (const bullet of story.quickLook) assert.doesNotMatch(bullet.text, /Ashland\.$/u, bullet.text);
  });
});

describe('a sixth unseen story read as its reader would (BASIL 2014, Nebraska and Oklahoma sue Colorado)', () => {
  let story: Brief;
  before(async () => {
    const triplet = join(SHARED, 'data', 'basil', 'articles', '2014', 'b764f81f-6d08-4d7c-b1a8-8961bed0a455');
    story = (await briefTriplet(triplet)).briefs.stories[0]!;
  });

  test('no bullet or synthesis sentence has a he/she after an opening phrase that names no one ("In a statement, he said …")', () => {
    assert.equal(standsAlone("In a statement, he said he intends to defend the state's marijuana laws."), false);
    for (const item of [...story.quickLook, ...story.synthesis]) assert.ok(standsAlone(item.text), item.text);
  });

  test('a relative clause is not cut at the comma before a name in apposition inside it', () => {
    const sentence = loadBasil()
      .flatMap((article) => article.sentences)
      .find((s) => s.startsWith('The lawsuit, which was brought by Nebraska’s attorney general, Jon Bruning'));
    assert.ok(sentence, 'the NYT sentence is in BASIL');
    assert.ok(compressSentence(sentence, 'nyt').startsWith('The lawsuit, which was brought by'));
    for (const item of [...story.quickLook, ...story.synthesis])
      assert.doesNotMatch(item.text, /The lawsuit Jon Bruning/u);
  });
});

/** The first NeuS test passage that matches (a test fails when none does): a sentence as its article writes it. */
function neusPassage(pattern: RegExp): string {
  const found = loadNeusTest()
    .flatMap((story) => story.articles.map((a) => a.text.match(pattern)?.[0]))
    .find((text) => text !== undefined);
  assert.ok(found, `no NeuS passage matches ${pattern}`);
  return found;
}

describe('headlineForm on real NeuS leads: the headline is the short form, the bullet keeps the sentence (issue 13)', () => {
  test('an opening phrase ends after the date inside it, not at its comma ("In an August 2, 2017 memo,")', () => {
    // The comma inside the date had ended the opening: "2017 memo, Rosenstein gave …".
    const memo = neusPassage(/In an August 2, 2017 memo, Rosenstein gave[^.]*\./u);
    assert.equal(
      headlineForm(memo),
      'Rosenstein gave the special counsel authority to investigate Trump campaign chairman Paul Manafort for his efforts in the Ukraine',
    );
  });

  test('the day and a trailing subordinate clause go ("… Monday morning as net neutrality regulations end")', () => {
    const pai = neusPassage(/Federal Communications Commission Chairman Ajit Pai touted[^.]*\./u);
    assert.equal(
      headlineForm(pai),
      'Federal Communications Commission Chairman Ajit Pai touted a return to past policies',
    );
  });

  test('a clause that ends on where its speaker spoke says nothing and is no headline', () => {
    const said = neusPassage(
      /Miami-Dade County Mayor Daniella Levine Cava said in a press conference Thursday morning\./u,
    );
    assert.equal(headlineForm(said), undefined);
  });
});

test('BASIL b764f81f: a document named only by "the clause" before its reporting verb does not read alone', () => {
  const sentence = loadBasil()
    .flatMap((article) => article.sentences)
    .find((s) => s.startsWith('The clause states that in general, federal law takes precedence'));
  assert.ok(sentence, 'the HuffPost sentence is in BASIL');
  assert.equal(standsAlone(sentence), false);
  // A one-of-a-kind office is known without an introduction.
  assert.equal(
    standsAlone('The chief justice said respect for precedent compelled him to vote with the majority.'),
    true,
  );
});
