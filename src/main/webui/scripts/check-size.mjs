// Fails the build when the JavaScript shipped to the browser, gzipped, exceeds the budget (docs/dashboard.md).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_BYTES = 160 * 1024;
const dir = 'dist/assets';
const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
let total = 0;
const rows = files.map((name) => {
  const raw = readFileSync(join(dir, name));
  const gz = gzipSync(raw, { level: 9 }).length;
  total += gz;
  return { name, raw: raw.length, gzip: gz };
});
writeFileSync('dist/bundle-size.json', JSON.stringify({ budgetBytes: BUDGET_BYTES, gzipBytes: total, files: rows }, null, 2));
const kb = (n) => (n / 1024).toFixed(1) + ' kB';
console.log(`JavaScript shipped: ${kb(total)} gzipped (budget ${kb(BUDGET_BYTES)})`);
if (total > BUDGET_BYTES) {
  console.error(`Over the budget by ${kb(total - BUDGET_BYTES)}: see docs/dashboard.md before raising it.`);
  process.exit(1);
}
