#!/usr/bin/env node
/**
 * Finds runs of seven words copied from the source report (or any other text given) in the
 * project's own texts: src/, locales/ and README.md. The report's facts carry over; its
 * sentences do not. Its title and the sub-headings that head each tool's sections may be cited,
 * and so may the sources the updates cite (their publisher, title and address).
 *
 *   node scripts/check-copies.mjs <folder or file with the source text> [more sources...]
 *
 * The report itself is not part of this repository, so CI cannot run this; run it before a
 * change to the texts lands. Exit 1 when a copied run is found.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const N = 7;
const sources = process.argv.slice(2);
if (!sources.length) {
  console.error('usage: node scripts/check-copies.mjs <source folder or file>...');
  process.exit(2);
}
const files = (p) => (statSync(p).isDirectory() ? readdirSync(p).flatMap((f) => files(join(p, f))) : [p]);
const words = (s) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ');
const gramsOf = (ws) => Array.from({ length: Math.max(0, ws.length - N + 1) }, (_, i) => ws.slice(i, i + N).join(' '));

const report = sources.flatMap(files).map((f) => readFileSync(f, 'utf8')).join('\n');
const cited = new Set(
  report.split('\n').filter((l) => l.trim().endsWith('?') && l.trim().length < 80)
    .concat(['Videoconferencing tools – Een leidraad naar een veilige keuze'])
    .flatMap((l) => gramsOf(words(l))),
);
const grams = new Set(gramsOf(words(report)).filter((g) => !cited.has(g)));

const hits = [];
const check = (where, text) => {
  for (const g of gramsOf(words(text))) if (grams.has(g)) hits.push(`${where}: "${g}"`);
};
// A source cited by an update (src/catalog/updates.json: its publisher, title and address) is
// named as published: titles cited as sources may be quoted.
const cites = (where) => /updates\.json\.updates\.\d+\.source$/.test(where);
const strings = (node, where) => {
  if (typeof node === 'string') check(where, node);
  else if (node && typeof node === 'object' && !cites(where)) for (const [k, v] of Object.entries(node)) strings(v, `${where}.${k}`);
};
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.json')) strings(JSON.parse(readFileSync(p, 'utf8')), p);
    else if (/\.(tsx?|md|html)$/.test(e.name)) check(p, readFileSync(p, 'utf8'));
  }
};
for (const d of ['src', 'locales']) walk(d);
check('README.md', readFileSync('README.md', 'utf8'));

if (hits.length) {
  console.log(`${hits.length} run(s) of ${N} words copied from the source:\n  ${hits.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-copies: no run of ${N} words from the source in src/, locales/ or README.md`);
