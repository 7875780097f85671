import fs from 'node:fs';
const { parseDocument } = await import('/work/wt-throughput/dist/extract/dom.js');
const dir = '/tmp/tp/pages';
const docs = fs.readdirSync(dir).sort().slice(0, 150).map((f) => parseDocument(fs.readFileSync(dir + '/' + f, 'utf8')));
function walk(root, name, out) {
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) { if (c.localName === name) out.push(c); walk(c, name, out); }
  return out;
}
const m = (label, fn) => { const c0 = process.cpuUsage(); let n = 0; for (let r = 0; r < 3; r++) for (const d of docs) for (const t of ['h1', 'script', 'meta']) n += fn(d, t); const c = process.cpuUsage(c0); console.log(label.padEnd(10), ((c.user + c.system) / 1000).toFixed(0), 'ms', n); };
for (let r = 0; r < 3; r++) { m('linkedom', (d, t) => d.getElementsByTagName(t).length); m('walk', (d, t) => walk(d.documentElement, t, []).length); }
let diff = 0; for (const d of docs) for (const t of ['h1', 'script', 'meta', 'p', 'a']) { const a = d.getElementsByTagName(t), b = walk(d.documentElement, t, []); if (a.length !== b.length || a.some((x, i) => x !== b[i])) diff++; }
console.log('differences', diff);
