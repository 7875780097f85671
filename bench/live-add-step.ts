/**
 * One process of bench/live-add.ts: opens a store and runs its steps (ingest + update + brief the changed stories)
 * one after another, as a fresh `triangulate brief <inputs>` (the first step) and a long-running watch (the later
 * ones, with the clusterer kept warm) would. Prints one JSON line: the start-up CPU (imports and opening the store)
 * and, per step, CPU and wall time of each phase.
 * Run by bench/live-add.ts: node --import tsx bench/live-add-step.ts <store.sqlite> '<[[label, [inputs…], maxRetaken?], …]>'
 */
const { ingestDocuments } = await import('../src/api/ingest-documents.js');
const { refreshBriefs } = await import('../src/api/refresh-briefs.js');
const { updateStories } = await import('../src/api/update-stories.js');
const { createSqliteStore } = await import('../src/store/sqlite.js');

const [path, stepsJson] = process.argv.slice(2) as [string, string];
const steps = JSON.parse(stepsJson) as [string, string[], number?][];
const store = await createSqliteStore({ path });
const seconds = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1e6;
// process.cpuUsage() counts from the process's start: node, tsx, the imports and opening the store.
const startup = seconds(process.cpuUsage());
const results = [];
for (const [label, inputs, maxRetaken] of steps) {
  const cpu = [process.cpuUsage()];
  const wall = [performance.now()];
  const mark = (): void => {
    cpu.push(process.cpuUsage());
    wall.push(performance.now());
  };
  const ingested = await ingestDocuments(inputs, { store });
  mark();
  const update = await updateStories(store, maxRetaken === undefined ? {} : { maxRetaken });
  mark();
  await refreshBriefs(store, { storyIds: update.changed.map((c) => c.id), embeddings: false, collect: false });
  mark();
  results.push({
    label,
    cpu: cpu.slice(1).map((usage, i) => seconds(usage) - seconds(cpu[i]!)),
    wall: wall.slice(1).map((time, i) => (time - wall[i]!) / 1000),
    read: ingested.read,
    added: ingested.added.length,
    changed: update.changed.length,
    replayed: update.replayed,
    retaken: update.retaken,
    outOfOrder: update.outOfOrder,
  });
}
await store.close();
console.log(JSON.stringify({ startup, steps: results }));
