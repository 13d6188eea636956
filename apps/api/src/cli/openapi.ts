import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { previewOpenApiDocument } from '../http/openapi-preview.js';
import { exitWith, parseCommandLine } from './command-line.js';

const USAGE = `Writes the service's OpenAPI document (the one served at /docs-json) without a database or a port.

  npm run openapi -- [--out <file>]

Without --out the document goes to standard output.`;

exitWith(USAGE, async () => {
  const { values } = parseCommandLine(USAGE, { options: { out: { type: 'string' } } });
  const text = `${JSON.stringify(await previewOpenApiDocument(), null, 2)}\n`;
  if (values.out) {
    await mkdir(dirname(values.out), { recursive: true });
    await writeFile(values.out, text);
  } else {
    process.stdout.write(text);
  }
  return 0;
});
