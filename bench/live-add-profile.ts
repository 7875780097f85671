/**
 * Profiles one update step of bench/live-add.ts: copies a grown store, ingests a batch, and runs updateStories
 * with the store's loadClusterParts counted (rows, bytes and time per kind); the copy is removed after. With
 * PROFILE=<file> the update's CPU profile is written there (open it in Chrome DevTools).
 * Run: node --import tsx bench/live-add-profile.ts <store.sqlite> <inputs…>
 */
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { ingestDocuments } from '../src/api/ingest-documents.js';
import { updateStories } from '../src/api/update-stories.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import type { ClusterPart, Store } from '../src/store/store.js';

const [source, ...inputs] = process.argv.slice(2) as [string, ...string[]];
const path = `${source}.profile-${process.pid}`;
copyFileSync(source, path);
const store = await createSqliteStore({ path });
await ingestDocuments(inputs, { store });
const byKind = new Map<string, { calls: number; rows: number; bytes: number; ms: number }>();
const wrap = (target: Store): Store =>
  new Proxy(target, {
    get(object, name, receiver) {
      if (name === 'loadClusterParts')
        return async (kind?: string, keys?: readonly string[]) => {
          const t = performance.now();
          const rows: ClusterPart[] = await object.loadClusterParts(kind, keys);
          const entry = byKind.get(kind ?? '*') ?? { calls: 0, rows: 0, bytes: 0, ms: 0 };
          entry.calls++;
          entry.rows += rows.length;
          entry.bytes += rows.reduce((s, r) => s + (r.data?.length ?? 0), 0);
          entry.ms += performance.now() - t;
          byKind.set(kind ?? '*', entry);
          return rows;
        };
      if (name === 'transaction') return <T>(fn: (tx: Store) => Promise<T>) => object.transaction((tx) => fn(wrap(tx)));
      const value = Reflect.get(object, name, receiver);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
const session = new Session();
if (process.env.PROFILE) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const before = process.cpuUsage();
const update = await updateStories(wrap(store), { keepWarm: false });
const used = process.cpuUsage(before);
if (process.env.PROFILE) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(process.env.PROFILE, JSON.stringify(profile));
}
console.log(`update cpu ${((used.user + used.system) / 1e6).toFixed(2)} s; changed ${update.changed.length}`);
for (const [kind, e] of byKind)
  console.log(`  ${kind.padEnd(16)} calls ${e.calls} rows ${e.rows} bytes ${e.bytes} ms ${e.ms.toFixed(0)}`);
await store.close();
for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
