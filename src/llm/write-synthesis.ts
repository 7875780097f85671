/** The optional writer: a model rewrites the synthesis from numbered source passages; every sentence is then verified. */
import { markDisputes } from '../compose/mark-disputes.js';
import { markSingleSource } from '../compose/mark-single-source.js';
import type { Brief, CitedText, Span } from '../core/model.js';
import { type ChatMessage, chat, type LlmConfig } from './chat-client.js';
import { verifySentence } from './verify-sentence.js';

/** Sentences per synthesis paragraph in the written version. */
const PARAGRAPH_SENTENCES = 3;
/** A prompt of this many passages fits the context of small local models (about 4k tokens of sources). */
const MAX_PASSAGES = 60;
const CITATION_MARK = /\[(\d+(?:\s*,\s*\d+)*)\]/g;

export interface WrittenSentence {
  text: string;
  /** Passage numbers (from 1) as the model cited them. */
  cites: number[];
}

export interface WriteReport {
  written: number;
  kept: number;
  dropped: { text: string; problems: string[] }[];
}

/**
 * The passages the writer may use: every span the extractive synthesis, then the quick look, then the claims
 * cite, numbered from 1, at most MAX_PASSAGES.
 * @example numberPassages(brief)[0] // { number: 1, span, text: 'NATO Secretary-General Mark Rutte said …' }
 */
export function numberPassages(brief: Brief): { number: number; span: Span; text: string }[] {
  const texts = new Map(brief.articles.map((a) => [a.id, a.text]));
  const seen = new Set<string>();
  const passages: { number: number; span: Span; text: string }[] = [];
  const groups = [...brief.synthesis, ...brief.quickLook].map((item) => item.citations);
  for (const claim of brief.claims) groups.push(claim.spans);
  for (const spans of groups) {
    for (const span of spans) {
      if (passages.length >= MAX_PASSAGES) return passages;
      const key = `${span.articleId}:${span.start}:${span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      passages.push({
        number: passages.length + 1,
        span,
        text: texts.get(span.articleId)?.slice(span.start, span.end) ?? '',
      });
    }
  }
  return passages;
}

/** The chat messages that ask for the rewrite. */
export function synthesisPrompt(brief: Brief): ChatMessage[] {
  const passages = numberPassages(brief)
    .map((p) => `[${p.number}] ${p.text}`)
    .join('\n');
  return [
    {
      role: 'system',
      content:
        'You write a short neutral news synthesis. Use only facts stated in the numbered passages. Copy numbers, names and quotations exactly. Write one sentence per line and end each sentence with the numbers of the passages that support it, like [2] or [1][3].',
    },
    { role: 'user', content: `Story: ${brief.title}\n\nPassages:\n${passages}\n\nSynthesis:` },
  ];
}

/**
 * Splits the model's answer into sentences with the passage numbers they cite (markers removed from the text).
 * @example parseWritten('Iraq voted to expel troops [1][2].') // [{ text: 'Iraq voted to expel troops.', cites: [1, 2] }]
 */
export function parseWritten(answer: string): WrittenSentence[] {
  const out: WrittenSentence[] = [];
  for (const line of answer.split(/\r?\n/)) {
    for (const piece of line
      .replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '')
      .split(/(?<=[.!?]["”’]?(?:\s*\[[\d,\s]+\])*)\s+(?=[A-Z"“])/)) {
      const cites = [...piece.matchAll(CITATION_MARK)].flatMap((m) => m[1]!.split(',').map((n) => Number(n.trim())));
      const text = piece
        .replace(CITATION_MARK, '')
        .replace(/\s+([.!?,;:])/g, '$1')
        .replace(/\s{2,}/g, ' ')
        .trim();
      if (/[\p{L}\p{N}]/u.test(text)) out.push({ text, cites: [...new Set(cites)] });
    }
  }
  return out;
}

/**
 * Asks the configured model to rewrite the synthesis and keeps only what the verifier accepts. On any failure of
 * the endpoint, or when nothing written survives, the extractive synthesis stays and `notes` says why.
 * @example const { brief: written } = await writeSynthesis(brief, { url: 'http://127.0.0.1:8080/v1', model: 'qwen' })
 */
export async function writeSynthesis(brief: Brief, config: LlmConfig): Promise<{ brief: Brief; report: WriteReport }> {
  const report: WriteReport = { written: 0, kept: 0, dropped: [] };
  const passages = numberPassages(brief);
  if (passages.length === 0)
    return {
      brief: withNote(brief, 'The model writer was not used: there were no source passages to give it.'),
      report,
    };
  const answer = await chat(config, synthesisPrompt(brief));
  if (!answer.ok) {
    return {
      brief: withNote(
        brief,
        `The model writer failed (${answer.reason}: ${answer.detail}); the synthesis is extractive.`,
      ),
      report,
    };
  }
  const kept: CitedText[] = [];
  for (const sentence of parseWritten(answer.text)) {
    report.written++;
    const cited = sentence.cites.map((n) => passages[n - 1]).filter((p) => p !== undefined);
    const verdict = verifySentence(
      sentence.text,
      cited.map((p) => p.text),
    );
    if (sentence.cites.length > cited.length) verdict.problems.push('cites a passage number that does not exist');
    if (!verdict.keep || sentence.cites.length > cited.length) {
      report.dropped.push({ text: sentence.text, problems: verdict.problems });
      continue;
    }
    const item: CitedText = {
      text: sentence.text,
      citations: cited.map((p) => p.span),
      paragraph: Math.floor(kept.length / PARAGRAPH_SENTENCES),
      modelWritten: true,
    };
    if (verdict.flags.length > 0) item.flags = verdict.flags;
    kept.push(item);
  }
  report.kept = kept.length;
  if (kept.length === 0) {
    const why =
      report.written === 0
        ? 'it returned no sentences'
        : `none of its ${report.written} sentences was supported by its citations`;
    return {
      brief: withNote(brief, `The model writer's text was not used: ${why}; the synthesis is extractive.`),
      report,
    };
  }
  // A written sentence citing one side of a dispute is marked like an extractive one.
  let result: Brief = { ...brief, synthesis: markSingleSource(markDisputes(kept, brief.disputes), brief.articles) };
  if (report.dropped.length > 0) {
    result = withNote(
      result,
      `${report.dropped.length} of ${report.written} model-written sentences were dropped: not supported by the passages they cite.`,
    );
  }
  return { brief: result, report };
}

function withNote(brief: Brief, note: string): Brief {
  return { ...brief, notes: [...(brief.notes ?? []), note] };
}
