/** `triangulate watch` as a command: its help, its usage errors, and Ctrl-C (SIGINT) stopping a real process cleanly. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createSqliteStore } from '../src/store/sqlite.js';
import { type RouteServer, startRouteServer } from './helpers/route-server.js';
import { runCli } from './helpers/run-cli.js';
import { REPO_ROOT, tempDir } from './helpers/shared.js';

let server: RouteServer;

describe('triangulate watch (the command)', () => {
  before(async () => {
    server = await startRouteServer({ '/hang': () => undefined });
  });
  after(() => server.close());

  it('explains schedule, outputs, watchlists and stopping in --help', async () => {
    const { code, stdout } = await runCli(['watch', '--help']);
    assert.equal(code, 0);
    for (const words of [
      '--every',
      'If-Modified-Since',
      'robots.txt',
      'stories.atom',
      '--watch-entity',
      '--webhook',
      'Ctrl-C',
      'restart',
    ])
      assert.ok(stdout.includes(words), words);
    assert.match((await runCli(['--help'])).stdout, /watch <sources\.\.\.>/);
  });

  it('refuses bad options with exit code 2 and a reason', async () => {
    const cases: [string[], RegExp][] = [
      [['watch'], /no sources given/],
      [['watch', 'x/', '--every', 'soon'], /--every needs a duration/],
      [['watch', 'x/', '--webhook', 'http://127.0.0.1:1/h'], /--webhook fires on watchlist matches/],
      [['watch', 'x/', '--webhook', 'ftp://h/', '--watch-keyword', 'nato'], /--webhook needs an http\(s\) URL/],
      [['brief', 'x/', '--every', '5m'], /--every is a watch option/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await runCli(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message);
    }
  });

  it('stops on SIGINT with exit code 0, abandoning a fetch in flight, the store left whole', async () => {
    const db = join(tempDir('watch-sigint'), 'store.sqlite');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(REPO_ROOT, 'test', 'helpers', 'cli-process.ts'),
        'watch',
        `${server.base}/hang`,
        '--db',
        db,
        '--allow-private',
      ],
      { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString('utf8');
      if (log.includes('watch: watching')) setTimeout(() => child.kill('SIGINT'), 300);
    });
    const started = Date.now();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.equal(code, 0, log);
    assert.match(log, /watch: stopping: finishing the batch in hand\nwatch: stopped; 0 new documents this run\n$/);
    assert.ok(Date.now() - started < 15_000, 'the 20 s fetch timeout was not waited for');
    const store = await createSqliteStore({ path: db });
    assert.equal(await store.loadSourceState(`${server.base}/hang`), undefined, 'an abandoned poll records nothing');
    await store.close();
  });
});
