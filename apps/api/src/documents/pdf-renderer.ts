import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { access, constants } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { ProblemException, problemType } from '../http/problem.js';
import { DOCUMENTS_SETTINGS, type DocumentsSettings } from './documents.settings.js';

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const RENDER_TIMEOUT_MILLIS = 20_000;

// GB/T 9704 page numbers: "— 1 —", centred in the bottom margin. Chromium's header and footer
// templates do not inherit the page's styles, so the font is named here too.
const FOOTER = `<div style="width:100%;text-align:center;font-size:14pt;font-family:'Noto Serif CJK SC','Source Han Serif SC',serif">— <span class="pageNumber"></span> —</div>`;

export function chromiumInstallHint(chromiumPath: string): string {
  return `Chromium was not found at ${chromiumPath}. Install it and a CJK font as root with scripts/install-system-packages.sh `
    + '(apt-get install -y --no-install-recommends chromium fonts-noto-cjk), or set CHROMIUM_PATH.';
}

/**
 * Prints HTML to PDF with headless Chromium. One browser serves the whole process: launched on
 * the first PDF, relaunched if it dies, closed on shutdown. Each document gets a fresh context
 * with JavaScript off and every network request refused, so a page can load nothing from outside.
 */
@Injectable()
export class PdfRenderer implements OnApplicationShutdown {
  private readonly logger = new Logger('PdfRenderer');
  private browser: Promise<Browser> | undefined;

  constructor(@Inject(DOCUMENTS_SETTINGS) private readonly settings: DocumentsSettings) {}

  async render(html: string): Promise<Buffer> {
    const browser = await this.currentBrowser();
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load', timeout: RENDER_TIMEOUT_MILLIS });
      return await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: FOOTER });
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await (await browser.catch(() => undefined))?.close().catch(() => undefined);
  }

  private currentBrowser(): Promise<Browser> {
    this.browser ??= this.launch().catch((error: unknown) => {
      this.browser = undefined;
      throw error;
    });
    return this.browser;
  }

  private async launch(): Promise<Browser> {
    const { chromiumPath } = this.settings;
    if (!(await access(chromiumPath, constants.X_OK).then(() => true, () => false))) throw unavailable(chromiumInstallHint(chromiumPath));
    const { chromium } = await import('playwright-core').catch(() => {
      throw unavailable('The playwright-core package is not installed: install the service with its dependencies (npm ci).');
    });
    const browser = await chromium.launch({ executablePath: chromiumPath, args: LAUNCH_ARGS });
    browser.on('disconnected', () => {
      this.logger.warn('Chromium exited; the next PDF starts it again');
      this.browser = undefined;
    });
    return browser;
  }
}

function unavailable(detail: string): ProblemException {
  return new ProblemException({ type: problemType('pdf-unavailable'), title: 'PDF rendering is not available on this server', status: 503, detail });
}
