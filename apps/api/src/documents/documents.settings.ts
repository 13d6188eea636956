import { ConfigError } from '../config/app-config.js';

export interface DocumentsSettings {
  /** Printed on every document (版头 of the bureau's own notices, 版记 of all). */
  readonly bureauName: string;
  /** The Chromium that prints documents to PDF (Debian's `chromium` package). */
  readonly chromiumPath: string;
}

export const DOCUMENTS_SETTINGS = Symbol('DOCUMENTS_SETTINGS');

/** A placeholder that shows on paper until `BUREAU_NAME` is set, rather than a real bureau's name. */
const DEFAULT_BUREAU_NAME = '××县信访局';
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** `BUREAU_NAME` and `CHROMIUM_PATH`, read once when the module starts; a bad value stops start-up. */
export function documentsSettingsFrom(env: NodeJS.ProcessEnv): DocumentsSettings {
  const problems: string[] = [];
  const bureauName = env.BUREAU_NAME?.trim() ?? DEFAULT_BUREAU_NAME;
  if (bureauName.length === 0 || bureauName.length > 60) problems.push('BUREAU_NAME must be 1 to 60 characters (the bureau’s name as printed on documents)');
  const chromiumPath = env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
  if (!chromiumPath.startsWith('/')) problems.push('CHROMIUM_PATH must be an absolute path to the Chromium executable');
  if (problems.length > 0) throw new ConfigError(problems);
  return { bureauName, chromiumPath };
}
