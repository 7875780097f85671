const { ingest } = await import('/work/wt-throughput/dist/ingest/ingest.js');
const { readFileCapped } = await import('/work/wt-throughput/dist/ingest/read-capped.js');
const { decodeHtml } = await import('/work/wt-throughput/dist/ingest/decode-html.js');
const fs = await import('node:fs');
const files = fs.readdirSync('/tmp/tp/pages').sort().map((f) => '/tmp/tp/pages/' + f);
const m = async (name, fn) => { const c0 = process.cpuUsage(); const t0 = performance.now(); await fn(); const c = process.cpuUsage(c0); console.log(name.padEnd(12), 'cpu', ((c.user + c.system) / 1000).toFixed(0).padStart(5), 'wall', (performance.now() - t0).toFixed(0).padStart(5)); };
for (let r = 0; r < 3; r++) {
  await m('ingest', async () => { for await (const x of ingest(['/tmp/tp/pages'])) {} });
  await m('readCapped', async () => { for (const f of files) await readFileCapped(f); });
  await m('readSync', async () => { for (const f of files) fs.readFileSync(f); });
  const bufs = files.map((f) => fs.readFileSync(f));
  await m('decodeHtml', async () => { for (const b of bufs) decodeHtml(b); });
}
