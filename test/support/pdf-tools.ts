import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromiumInstallHint } from '../../apps/api/src/documents/pdf-renderer.js';
import { DEFAULT_CHROMIUM_PATH } from '../../apps/api/src/documents/documents.settings.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
const PDFTOTEXT = '/usr/bin/pdftotext';

function missing(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return false;
  } catch {
    return true;
  }
}

/** Chromium prints each PDF in a second or so alone, many times that on a machine busy with other test files. */
const PDF_TEST_TIMEOUT_MILLIS = 120_000;

const printing = ((name: string, test: jest.ProvidesCallback, timeout = PDF_TEST_TIMEOUT_MILLIS) => it(name, test, timeout)) as typeof it;

/** A test that needs a system program: reported as skipped, saying why and how to install it, when the program is absent. */
function needing(program: string, reason: string): typeof it {
  if (!missing(program)) return printing;
  console.warn(`SKIPPED PDF tests: ${reason}`);
  return ((name: string, test: jest.ProvidesCallback) => it.skip(`${name} — SKIPPED: ${reason}`, test)) as typeof it;
}

/** Chromium prints the PDFs, pdftotext reads them back. */
export const withPdfTools = missing(CHROMIUM)
  ? needing(CHROMIUM, chromiumInstallHint(CHROMIUM))
  : needing(PDFTOTEXT, `${PDFTOTEXT} (poppler-utils) is not installed, so the PDF’s text cannot be read back; run scripts/install-system-packages.sh as root`);

/** The PDF's text as pdftotext reads it, white space removed. */
export async function pdfText(pdf: Buffer): Promise<string> {
  return (await pdfPages(pdf)).join('');
}

/** Each page's text, white space removed; `layout` reads a table row by row rather than column by column. */
export async function pdfPages(pdf: Buffer, options: { layout?: boolean } = {}): Promise<string[]> {
  const folder = mkdtempSync(join(tmpdir(), 'xinfang-pdf-'));
  try {
    writeFileSync(join(folder, 'document.pdf'), pdf);
    const { stdout } = await promisify(execFile)(PDFTOTEXT, ['-enc', 'UTF-8', ...(options.layout ? ['-layout'] : []), join(folder, 'document.pdf'), '-'], { maxBuffer: 64 * 1024 * 1024 });
    return stdout.split('\f').slice(0, -1).map((page) => page.replace(/\s+/g, ''));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
