import { readJsonBody } from '../apps/api/src/http/json-body.ts';
import { validPetition } from '../test/support/test-app.ts';

/*
 * What reading a JSON body costs the API in CPU: the service's strict reader (one pass for
 * depth, duplicate and reserved keys and unstorable text, then JSON.parse) against JSON.parse
 * alone, for one registration and for a batch of 100. Each runs in alternating slices so that
 * load from elsewhere on the machine falls on both alike. Microseconds per body.
 */
const SLICES = 10;
const BUDGET_MILLIS = Number(process.env.BENCH_SLICE_MS ?? 300);

const bodies = {
  registration: JSON.stringify(validPetition()),
  'batch of 100': JSON.stringify({ items: Array.from({ length: 100 }, (_, index) => validPetition({ subject: `第${index}号事项` })) }),
};

function microsPerCall(read: (text: string) => unknown, text: string): number {
  let calls = 0;
  const started = process.cpuUsage();
  const deadline = performance.now() + BUDGET_MILLIS;
  while (performance.now() < deadline) {
    for (let index = 0; index < 100; index++) read(text);
    calls += 100;
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / calls;
}

for (const [name, text] of Object.entries(bodies)) {
  const strict: number[] = [];
  const plain: number[] = [];
  for (let slice = 0; slice < SLICES; slice++) {
    strict.push(microsPerCall(readJsonBody, text));
    plain.push(microsPerCall(JSON.parse, text));
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const [ours, baseline] = [median(strict), median(plain)];
  console.log(`${name} (${text.length} characters): readJsonBody ${ours.toFixed(1)} µs, JSON.parse ${baseline.toFixed(1)} µs, ratio ${(ours / baseline).toFixed(2)}`);
}
