import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CLAIM_TYPES, CLOCK_CATALOGUE, CLOCK_KINDS, type ClockKind, PETITION_STAGES, shanghaiDate, UNIT_CODE_PATTERN } from '@xinfang/petition';
import { Matches } from 'class-validator';
import { Roles } from '../../auth/roles.decorator.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { Database } from '../../database/database.js';
import { CurrentRequest, type RequestContext } from '../../http/request-context.js';
import { ProjectorService } from '../../projections/projector.service.js';
import { clockRunningSql, clockStateSql, DUTY_CLOCK_KINDS_SQL } from '../cases/clock-state.sql.js';
import { decodeCursor, encodeCursor } from '../cases/cursor.js';
import { PagedQuery } from '../cases/queries/read-model.requests.js';

class InboxParam {
  @ApiProperty({ pattern: UNIT_CODE_PATTERN.source, description: 'The unit’s code in the register' })
  @Matches(UNIT_CODE_PATTERN, { message: 'code must be a unit code' })
  code!: string;
}

export class InboxClockView {
  @ApiProperty({ enum: CLOCK_KINDS }) clock!: string;
  @ApiProperty({ enum: ['bureau', 'unit', 'petitioner'], description: 'Whose clock it is (DOMAIN.md "Whose clock is it")' }) holder!: string;
  @ApiProperty({ enum: ['duty', 'right'], description: 'A duty is met, missed or overdue; a right’s window is used or lapses' }) nature!: string;
  @ApiProperty() seq!: number;
  @ApiProperty({ enum: ['open', 'due_soon', 'overdue', 'met', 'missed', 'used', 'lapsed', 'uncovered'] }) state!: string;
  @ApiProperty({ format: 'date' }) startedOn!: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Null while the calendar does not cover the years the clock runs into' }) deadline?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) stoppedOn?: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Calendar days left to the deadline (negative when an open duty is overdue); null once stopped, for a right’s lapsed window, or uncovered' }) daysLeft?: number | null;
}

export class InboxItemView {
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty() receiptNumber!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: PETITION_STAGES }) stage!: string;
  @ApiProperty() category!: string;
  @ApiPropertyOptional({ enum: CLAIM_TYPES }) claimType!: string | null;
  @ApiProperty({ format: 'date' }) receivedOn!: string;
  @ApiProperty({ description: 'The unit as the case names it (its code, or a name written before the register)' }) handedTo!: string;
  @ApiProperty({ type: [InboxClockView], description: 'The case’s clocks as of today' }) clocks!: InboxClockView[];
}

export class InboxView {
  @ApiProperty() unit!: string;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: [InboxItemView] }) items!: InboxItemView[];
  @ApiPropertyOptional({ type: String, nullable: true }) nextCursor!: string | null;
}

/** GET /units/{code}/inbox: the cases handed to a unit now, newest received first, with their clocks. */
@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitInboxController {
  constructor(
    private readonly database: Database,
    private readonly projector: ProjectorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':code/inbox')
  @Roles('unit', 'clerk', 'admin', 'auditor')
  @ApiOperation({ summary: 'The cases handed to a unit (转送/交办) now, and those where a mock-court plan gave it a task, with their clocks; a unit’s users see their own unit’s only' })
  @ApiOkResponse({ type: InboxView })
  @ApiNotFoundResponse({ description: 'A unit’s user asking for another unit' })
  async inbox(@Param() { code }: InboxParam, @Query() query: PagedQuery, @CurrentRequest() context: RequestContext): Promise<InboxView> {
    if (context.actor.role === 'unit' && context.actor.unit !== code) throw new NotFoundException(`There is no unit ${code}`);
    await this.projector.waitFor(query.minPosition);
    const asOf = query.asOf ?? shanghaiDate(new Date());
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, 2);
    // The unit by its code, or by the name history may have handed it the case under; a mock-court
    // plan's task makes the case the owner unit's too (as isCaseOfUnit says).
    const names = await this.database.query<{ ref: string }>('SELECT $1::text AS ref UNION SELECT name FROM read_model.units WHERE code = $1', [code]);
    const refs = names.map((row) => row.ref);
    const rows = await this.database.query<Omit<InboxItemView, 'clocks'>>(
      `SELECT p.petition_id::text AS "petitionId", p.receipt_number AS "receiptNumber", p.subject, p.stage, p.category, p.claim_type AS "claimType",
              to_char(p.received_on, 'YYYY-MM-DD') AS "receivedOn", p.handed_to AS "handedTo"
         FROM read_model.petitions p
        WHERE (p.handed_to = ANY($1::text[])
               OR EXISTS (SELECT 1 FROM read_model.clocks c WHERE c.petition_id = p.petition_id AND c.kind = 'plan_task' AND c.unit = ANY($1::text[])))
          AND NOT (p.claim_type = 'accusation' AND p.responsible_unit = ANY($1::text[]))
          ${after ? `AND (p.received_on, p.petition_id) < (($2::jsonb->>0)::date, ($2::jsonb->>1)::uuid)` : ''}
        ORDER BY p.received_on DESC, p.petition_id DESC LIMIT ${limit + 1}`,
      after ? [refs, JSON.stringify(after)] : [refs],
    );
    const items = rows.slice(0, limit);
    const clocks = await this.clocksOf(items.map((item) => item.petitionId), asOf);
    const last = items.at(-1);
    return {
      unit: code,
      asOf,
      items: items.map((item) => ({ ...item, clocks: clocks.get(item.petitionId) ?? [] })),
      nextCursor: rows.length > limit && last ? encodeCursor([last.receivedOn, last.petitionId]) : null,
    };
  }

  private async clocksOf(ids: readonly string[], asOf: string): Promise<Map<string, InboxClockView[]>> {
    const byCase = new Map<string, InboxClockView[]>();
    if (ids.length === 0) return byCase;
    const rows = await this.database.query<Omit<InboxClockView, 'holder' | 'nature'> & { petition_id: string }>(
      `SELECT c.petition_id::text, c.kind AS clock, c.seq, ${clockStateSql('$2::date', '$3::int')} AS state, to_char(c.started_on, 'YYYY-MM-DD') AS "startedOn",
              to_char(c.deadline, 'YYYY-MM-DD') AS deadline, to_char(c.stopped_on, 'YYYY-MM-DD') AS "stoppedOn",
              CASE WHEN ${clockRunningSql('$2::date')} AND (c.kind IN ${DUTY_CLOCK_KINDS_SQL} OR c.deadline >= $2::date) THEN c.deadline - $2::date END AS "daysLeft"
         FROM read_model.clocks c WHERE c.petition_id = ANY($1::uuid[]) AND c.started_on <= $2::date ORDER BY c.petition_id, c.started_on, c.kind, c.seq`,
      [ids, asOf, this.config.dueSoonDays],
    );
    for (const { petition_id: id, ...clock } of rows) {
      const { holder, nature } = CLOCK_CATALOGUE[clock.clock as ClockKind];
      byCase.set(id, [...(byCase.get(id) ?? []), { ...clock, holder, nature }]);
    }
    return byCase;
  }
}
