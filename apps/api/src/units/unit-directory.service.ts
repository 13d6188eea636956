import { Injectable } from '@nestjs/common';
import { type Unit, type UnitDirectory, unitDirectory } from '@xinfang/petition';
import { Database } from '../database/database.js';

const FRESH_MILLIS = 10_000;

/**
 * The unit register as commands and views read it (`UnitDirectory`), from its read model; kept for
 * ten seconds and refreshed at once after a change made through this instance, so several
 * instances agree within that time. Units are read by code or by their registered name.
 */
@Injectable()
export class UnitDirectoryService {
  private cached: { directory: UnitDirectory; units: Unit[]; at: number } | undefined;

  constructor(private readonly database: Database) {}

  async current(): Promise<UnitDirectory> {
    return (await this.load()).directory;
  }

  async units(): Promise<Unit[]> {
    return (await this.load()).units;
  }

  forget(): void {
    this.cached = undefined;
  }

  private async load(): Promise<{ directory: UnitDirectory; units: Unit[] }> {
    if (this.cached && Date.now() - this.cached.at < FRESH_MILLIS) return this.cached;
    const rows = await this.database.query<{ code: string; name: string; level: Unit['level']; parent: string | null }>('SELECT code, name, level, parent FROM read_model.units ORDER BY code');
    const units = rows.map(({ parent, ...unit }): Unit => ({ ...unit, ...(parent !== null && { parent }) }));
    this.cached = { directory: unitDirectory(units), units, at: Date.now() };
    return this.cached;
  }
}
