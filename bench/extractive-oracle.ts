/**
 * The ceiling of sentence extraction on a summary set: for each story, source sentences (titles included) chosen
 * greedily to maximise ROUGE-L against the reference, which no real system can see. It says how much of the gap
 * to a reference any choice of whole source sentences can close.
 */
import type { NeusStory } from './neus-data.js';
import { type RougeScores, rouge } from './rouge.js';

/** Sentences of an excerpt: up to and including each run of closing punctuation (enough for a ceiling). */
function sentencesOf(text: string): string[] {
  return (text.match(/[^.!?]+[.!?]+["'”’)]*/g) ?? [text]).map((s) => s.trim()).filter(Boolean);
}

/** Greedy: add the unit that raises R-L most, in the order chosen, until none does. */
export function extractiveOracle(story: NeusStory, reference: string): RougeScores {
  const units = story.articles.flatMap((a) => [a.title, ...sentencesOf(a.text)]).filter((u) => u.trim());
  const chosen: string[] = [];
  let best = 0;
  for (;;) {
    let pick = -1;
    let value = best;
    units.forEach((unit, index) => {
      if (chosen.includes(unit)) return;
      const score = rouge([...chosen, unit].join(' '), reference).rl;
      if (score > value + 1e-9) {
        value = score;
        pick = index;
      }
    });
    if (pick < 0) break;
    chosen.push(units[pick]!);
    best = value;
  }
  return rouge(chosen.join(' '), reference);
}
