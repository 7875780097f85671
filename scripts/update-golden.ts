// Regenerates the golden files (test/golden/) from the current code; review the diff before committing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldenBrief, GOLDEN_DIR } from '../test/helpers/golden.js';

const markdown = await goldenBrief();
writeFileSync(join(GOLDEN_DIR, 'seeds-brief.md'), markdown);
console.log(`wrote ${join(GOLDEN_DIR, 'seeds-brief.md')} (${markdown.length} chars); review it with git diff`);
