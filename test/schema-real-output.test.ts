/** The published JSON Schemas hold for real output: the brief, extract and analyze lines of the seed pages. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { analyzeInputs, brief, extractInputs, render } from '../src/index.js';
import { REPO_ROOT, seedPaths, tempDir } from './helpers/shared.js';

const ajv = new Ajv2020({ strict: true, allErrors: true });
const schema = (name: string) => ajv.compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schema', name), 'utf8')));

describe('real output validates against schema/', () => {
  it('brief --format json', async () => {
    const { briefs } = await brief(seedPaths(), { db: ':memory:' });
    const validate = schema('brief.schema.json');
    const parsed = JSON.parse(render(briefs, 'json'));
    assert.ok(validate(parsed), ajv.errorsText(validate.errors));
  });

  it('extract and analyze JSON lines, failures included', async () => {
    const dir = tempDir('schema');
    const bad = join(dir, 'empty.txt');
    readFileSync(seedPaths()[0]!); // the good inputs are the seed pages themselves
    await import('node:fs/promises').then((fs) => fs.writeFile(bad, ''));
    const article = schema('article.schema.json');
    const analysis = schema('analysis.schema.json');
    let lines = 0;
    for await (const line of extractInputs([...seedPaths(), bad])) {
      assert.ok(article(JSON.parse(JSON.stringify(line))), ajv.errorsText(article.errors));
      lines++;
    }
    for await (const line of analyzeInputs([...seedPaths(), bad])) {
      assert.ok(analysis(JSON.parse(JSON.stringify(line))), ajv.errorsText(analysis.errors));
      lines++;
    }
    assert.equal(lines, 12);
  });
});
