// Who said what on the two BASIL triplets of the session-8 reader pass (2016 eadabee7: Obama endorses Clinton after
// meeting Sanders; 2015 af4a3f41: Huckabee announces his run), read in place from ../shared/data: each line the
// brief printed under the wrong person, and each non-speech line it printed, as the reader found them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { basilParagraphs } from '../bench/clustering-data.js';
import { analyze } from '../src/analyze/analyze.js';
import { mergeEntities } from '../src/analyze/merge-entities.js';
import { alignStatements } from '../src/compare/align-statements.js';
import type { AnalyzedArticle } from '../src/core/model.js';
import { SHARED } from './helpers/shared.js';

const BASIL = join(SHARED, 'data', 'basil', 'articles');

/** The three articles of a BASIL triplet, body paragraphs joined as the benches join them. */
function triplet(year: string, prefix: string): AnalyzedArticle[] {
  const names = readdirSync(join(BASIL, year))
    .filter((f) => f.startsWith(prefix))
    .sort();
  assert.equal(names.length, 3, `triplet ${year}/${prefix}`);
  return names.map((name) => {
    const json = JSON.parse(readFileSync(join(BASIL, year, name), 'utf8')) as {
      title: string;
      'body-paragraphs': string[][] | string;
    };
    const text = basilParagraphs(json['body-paragraphs'])
      .map((p) => p.join(' '))
      .join('\n\n');
    const article = { id: name, input: name, title: json.title, text, cites: [], provenanceNotes: [] };
    return { article, analysis: analyze(article) };
  });
}

/** Every who-said-what line of a triplet: its speaker and its words. */
function whoSaidWhat(items: AnalyzedArticle[]): { speaker: string; text: string }[] {
  const statements = alignStatements(items, mergeEntities(items.map((i) => i.analysis)));
  return statements.flatMap((s) => s.quotes.map((q) => ({ speaker: s.speaker, text: q.text })));
}

function speakerOf(lines: { speaker: string; text: string }[], start: string): string {
  const line = lines.find((l) => l.text.startsWith(start));
  assert.ok(line, `no who-said-what line starting "${start}"`);
  return line.speaker;
}

function printed(lines: { speaker: string; text: string }[], start: string): boolean {
  return lines.some((l) => l.text.startsWith(start));
}

const obamaSanders = whoSaidWhat(triplet('2016', 'eadabee7'));
const huckabee = whoSaidWhat(triplet('2015', 'af4a3f41'));

test('who-said-what: a role phrase names the person the article gave that role ("The Vermont senator said …")', () => {
  // Fox: "Vermont Sen. Sanders vows …" earlier; Hillary Clinton was named last before the role phrase.
  assert.equal(speakerOf(obamaSanders, 'he still plans to compete'), 'Bernie Sanders');
  // NYT: "Mike Huckabee, a former Republican governor of Arkansas …"; Mr. Obama named last before "the former
  // governor has opposed …, and he has suggested that …".
  assert.equal(speakerOf(huckabee, 'policies that encourage a dependency'), 'Mike Huckabee');
});

test('who-said-what: a compound surname alone ("Wasserman Schultz said … “…,” she said") is its person', () => {
  assert.equal(speakerOf(obamaSanders, "I'm going to be remaining as the chair"), 'Debbie Wasserman Schultz');
});

test('who-said-what: a participle’s subject is the main clause’s, not a preposition’s object before it', () => {
  // "After the meeting with Mr. Obama, which lasted …, Mr. Sanders gave no indication …, insisting that …"
  assert.equal(speakerOf(obamaSanders, 'he would compete in next week'), 'Bernie Sanders');
});

test('who-said-what: "he" is the previous sentence’s subject, not a name inside its reported content', () => {
  // "Mr. Huckabee warns … and says President Obama too frequently defends Islam. He supports … A strong defender of
  // Israel, he has been sharply critical of Mr. Obama’s treatment …, and said a proposed nuclear deal …"
  assert.equal(speakerOf(huckabee, 'a proposed nuclear deal with Iran'), 'Mike Huckabee');
});

test('who-said-what: an action, a stance’s object and a relative clause run on are not statements; promises are', () => {
  for (const start of [
    'questions about whether he would leave the race', // reporters’ shouted questions
    'the campaign that Mr. Sanders ran', // praised …
    'the meeting with the president, pulled into', // Mr. Sanders, who requested the meeting …, pulled into …
    'the assembled journalists for asking questions', // Mr. Reid gently scolded …
    'quit the race', // Mr. Sanders refused to …
  ])
    assert.ok(!printed(obamaSanders, start), `printed: ${start}`);
  for (const start of [
    'his run for the presidency on Tuesday, has been outspoken', // Huckabee, …, who has announced …
    'calls for a minimum wage hike', // He rejects …
    'President Obama for declining to recognize', // He also took a swipe at … and vowed …
    'a 2016 White House bid', // … the third Republican this week to announce …
    'From Hope to Higher Ground', // He wrote in his memoir, “From Hope to Higher Ground,” that …
  ])
    assert.ok(!printed(huckabee, start), `printed: ${start}`);
  // Around those rules: a promise of two actions, a hope and a plan stay statements.
  assert.equal(speakerOf(huckabee, 'protect Medicare and give states'), 'Mike Huckabee'); // vowed to …
  assert.equal(speakerOf(huckabee, 'will appeal to everyday Americans'), 'Mike Huckabee'); // a message that he hopes …
  assert.equal(speakerOf(obamaSanders, 'he plans to meet soon with Clinton'), 'Bernie Sanders');
});
