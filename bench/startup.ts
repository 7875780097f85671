/** Start-up of the built CLI: `--help`, a usage error and one page extracted, each as a whole process (wall and CPU). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { REPO_ROOT, SHARED } from '../test/helpers/shared.js';
import { fixed, table } from './report.js';

const RUNS = 7;

/** Median wall and CPU seconds of `node bin/triangulate.js …args` over RUNS runs after one warm-up. */
function measure(args: string[]): { wall: number; cpu: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    // The child's CPU is read from a tiny wrapper that reports its own usage at exit.
    const started = process.hrtime.bigint();
    const result = spawnSync(
      process.execPath,
      [
        '-e',
        `process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\nCPU ' + (u.user + u.system) + '\\n'); }); process.argv.splice(1, 0, 'triangulate'); import(${JSON.stringify(join(REPO_ROOT, 'bin', 'triangulate.js'))});`,
        '--',
        ...args,
      ],
      { encoding: 'utf8', cwd: REPO_ROOT },
    );
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = Number(/CPU (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN) / 1e6;
    if (run === 0) continue;
    walls.push(wall);
    cpus.push(cpu);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { wall: median(walls), cpu: median(cpus) };
}

export function benchStartup(): void {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-startup-'));
  try {
    const pages = join(SHARED, 'data', 'trafilatura-eval', 'html');
    const first = readdirSync(pages).sort()[0]!;
    const page = join(dir, first.replace(/\.gz$/, ''));
    writeFileSync(page, gunzipSync(readFileSync(join(pages, first))));
    const rows = [
      ['triangulate --help', ['--help']],
      ['triangulate extract --bogus (usage error)', ['extract', '--bogus']],
      ['triangulate extract <one trafilatura-eval page>', ['extract', page, '-q']],
    ] as const;
    console.log(
      `\n## Start-up (built CLI, whole process, median of ${RUNS} runs; goal: help < 0.3 s, first page < 1 s)\n`,
    );
    table(
      ['command', 'wall s', 'CPU s'],
      rows.map(([name, args]) => {
        const { wall, cpu } = measure([...args]);
        return [name, fixed(wall, 2), fixed(cpu, 2)];
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
