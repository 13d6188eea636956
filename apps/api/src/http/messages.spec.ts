import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEM_TEXTS } from './messages.js';

const SOURCE = join(process.cwd(), 'apps/api/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every problem type the service raises by a fixed slug has its Chinese in the catalogue. */
describe('the message catalogue', () => {
  it('words every problem type the source raises', () => {
    const raised = new Set<string>();
    const patterns = [/problemType\('([a-z-]+)'\)/g, /\bplain\(\d{3}, '([a-z-]+)'/g, /\bproblem\(response, \d{3}, '([a-z-]+)'/g, /ratingRefused\(\d{3}, '([a-z-]+)'/g, /const slug = [^;]*/g];
    for (const file of sourceFiles(SOURCE)) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of patterns) {
        for (const match of text.matchAll(pattern)) {
          if (match[1]) raised.add(match[1]);
          else for (const quoted of match[0].matchAll(/'([a-z-]+)'/g)) raised.add(quoted[1]!);
        }
      }
    }
    expect(raised.size).toBeGreaterThan(40);
    expect([...raised].filter((slug) => !(slug in PROBLEM_TEXTS)).sort()).toEqual([]);
  });
});
