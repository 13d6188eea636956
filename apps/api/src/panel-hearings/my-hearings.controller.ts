import { Controller, Get, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { HEARING_ROLES, HEARING_STATUSES } from '@xinfang/petition';
import { Database } from '../database/database.js';
import type { AuthenticatedRequest } from '../auth/principal.js';
import { Roles } from '../auth/roles.decorator.js';

export class MyHearingView {
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty() receiptNumber!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ description: 'The case’s stage' }) stage!: string;
  @ApiProperty({ format: 'uuid' }) hearingId!: string;
  @ApiProperty({ enum: HEARING_STATUSES }) status!: string;
  @ApiProperty({ format: 'date' }) hearingDate!: string;
  @ApiProperty() venue!: string;
  @ApiProperty({ enum: HEARING_ROLES, description: 'The caller’s seat on the panel' }) myRole!: string;
  @ApiProperty({ description: 'The caller has recorded their opinion' }) opinionGiven!: boolean;
}

/**
 * 我的听证: the hearings whose panel names the caller (memberId = the caller's id), newest first,
 * from the case read model. Found by JSON containment on the folded case state.
 */
@ApiTags('petitions')
@ApiBearerAuth()
@Controller('me')
export class MyHearingsController {
  constructor(private readonly database: Database) {}

  @Get('hearings')
  @Roles('panel')
  @ApiOperation({ summary: 'The hearings the calling panel member sits on, with their seat and whether they have given their opinion' })
  @ApiOkResponse({ type: [MyHearingView] })
  async list(@Req() request: AuthenticatedRequest): Promise<MyHearingView[]> {
    const member = JSON.stringify([{ panel: [{ memberId: request.actor!.id }] }]);
    const rows = await this.database.query<{ petition_id: string; receipt_number: string; subject: string; stage: string; hearing: HearingJson }>(
      `SELECT c.petition_id::text, p.receipt_number, p.subject, p.stage, h.hearing
         FROM read_model.case_states c
         JOIN read_model.petitions p ON p.petition_id = c.petition_id
         CROSS JOIN LATERAL jsonb_array_elements(c.state->'hearings') AS h(hearing)
        WHERE c.state->'hearings' @> $1::jsonb AND h.hearing @> ($1::jsonb -> 0)
        ORDER BY h.hearing->>'hearingDate' DESC, p.receipt_number
        LIMIT 200`,
      [member],
    );
    return rows.map(({ petition_id, receipt_number, subject, stage, hearing }) => ({
      petitionId: petition_id,
      receiptNumber: receipt_number,
      subject,
      stage,
      hearingId: hearing.hearingId,
      status: hearing.status,
      hearingDate: hearing.hearingDate,
      venue: hearing.venue,
      myRole: hearing.panel.find((seat) => seat.memberId === request.actor!.id)!.role,
      opinionGiven: hearing.opinions.some((opinion) => opinion.memberId === request.actor!.id),
    }));
  }
}

interface HearingJson {
  hearingId: string;
  status: string;
  hearingDate: string;
  venue: string;
  panel: { memberId: string; role: string }[];
  opinions: { memberId: string }[];
}
