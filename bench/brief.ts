/** The whole job on the seed pages: ingest → brief, timed. */
import { brief } from '../src/api/brief.js';
import { seedPaths } from '../test/helpers/shared.js';
import { fixed, sampleRss, table } from './report.js';

export async function benchBrief(): Promise<void> {
  const start = performance.now();
  const result = await brief(seedPaths(), { db: ':memory:' });
  const ms = performance.now() - start;
  sampleRss();
  const story = result.briefs.stories[0];
  console.log('\n## Brief on the five seed pages (ingest → brief, in-memory SQLite)\n');
  table(
    ['ms', 'stories', 'quick look', 'synthesis', 'statements', 'single-source'],
    [
      [
        fixed(ms, 0),
        String(result.briefs.stories.length),
        String(story?.quickLook.length ?? 0),
        String(story?.synthesis.length ?? 0),
        String(story?.statements.length ?? 0),
        String(story?.singleSource.length ?? 0),
      ],
    ],
  );
}
