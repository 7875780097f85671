/** A large repetitive page from real text: one seed paragraph with a quote and a speaker, repeated to a size. */
import { readFileSync } from 'node:fs';
import { seedPaths } from './shared.js';

/** The seed paragraph with a quote and a speaker, repeated to at least `bytes` bytes. */
export function repeatedParagraphPage(bytes: number): string {
  const paragraph = readFileSync(seedPaths()[2]!, 'utf8')
    .split('\n')
    .find((line) => /said/.test(line) && /[“”"]/.test(line) && line.length > 120)!;
  return `${paragraph}\n\n`.repeat(Math.ceil(bytes / (Buffer.byteLength(paragraph) + 2)));
}
