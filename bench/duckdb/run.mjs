// The DuckDB baseline of bench/run: rules.sql over the CSV registers, end to end.
//   node bench/duckdb/run.mjs DATA_DIR OUT.csv PERIOD_START PERIOD_END AS_OF
// Dates are YYYY-MM-DD. Writes OUT.csv (kind, rule, subject, period, value, status).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const [data, out, periodStart, periodEnd, asOf] = process.argv.slice(2);
if (!asOf) {
  console.error('usage: node run.mjs DATA_DIR OUT.csv PERIOD_START PERIOD_END AS_OF');
  process.exit(2);
}
const quote = (s) => s.replaceAll("'", "''");
const sql = readFileSync(new URL('./rules.sql', import.meta.url), 'utf8')
  .replaceAll('{{DATA}}', quote(resolve(data)))
  .replaceAll('{{OUT}}', quote(resolve(out)))
  .replaceAll('{{PERIOD_START}}', periodStart)
  .replaceAll('{{PERIOD_END}}', periodEnd)
  .replaceAll('{{AS_OF}}', asOf);

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
await connection.run(sql);
connection.closeSync();
