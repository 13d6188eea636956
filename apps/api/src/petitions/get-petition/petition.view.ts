import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { formatLogPosition, type RecordedEvent } from '@xinfang/event-store';
import { allowedNextSteps, type ExistingPetition, PETITION_STAGES, PETITION_STEPS } from '@xinfang/petition';
import { RECORD_EVENT_TYPES } from '../../event-codec/petition-event-codec.js';
import { CaseRecordView } from './case-record.view.js';
import { CaseClockView } from './clock.view.js';

export class StepRecord {
  @ApiProperty() version!: number;
  @ApiProperty({ example: 'PetitionAccepted' }) type!: string;
  @ApiPropertyOptional({ format: 'date', description: 'When the step happened (its business date); absent for record keeping such as an erasure' })
  businessDate?: string;
  @ApiProperty({ description: 'When it was recorded (the writer’s clock)' }) recordedAt!: string;
  @ApiProperty({ example: { id: 'u-1', name: '李科员', role: 'clerk' } }) actor!: { id: string; name: string; role: string };
}

export class UnitRefView {
  @ApiProperty({ description: 'As the case names it', example: 'hd-town' }) ref!: string;
  @ApiProperty({ description: 'Whether the register holds the unit' }) registered!: boolean;
  @ApiPropertyOptional({ example: 'hd-town' }) code?: string;
  @ApiProperty({ example: '合德镇人民政府' }) name!: string;
}

export class LaterRelatedCaseView {
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty({ example: 'XF20261201-0007' }) receiptNumber!: string;
}

/** The case as it stands: its record, stage, the steps it allows next, and who recorded each step when. */
export class PetitionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'Log position of the latest event' }) position!: string;
  @ApiProperty({ enum: PETITION_STAGES, example: 'registered' }) stage!: string;
  @ApiProperty({ enum: PETITION_STEPS, isArray: true, example: ['accept', 'not_accept', 'forward', 'assign'] }) allowedNext!: string[];
  @ApiProperty({ type: CaseRecordView, description: 'The case record: facts, decisions, hearings with every opinion, mediations, opinion, closure, rating, reviews' })
  petition!: Omit<ExistingPetition, 'status'>;
  @ApiProperty({ type: [StepRecord] }) steps!: StepRecord[];
  @ApiProperty({ type: [LaterRelatedCaseView], description: 'Later petitions of the same person and matter that link to this one (from the read models)' })
  laterRelatedCases!: LaterRelatedCaseView[];
  @ApiProperty({ type: [CaseClockView], description: 'The case’s clocks as of today (Asia/Shanghai), by the clock catalogue' }) clocks!: CaseClockView[];
  @ApiProperty({ type: [UnitRefView], description: 'Every unit the case names, as the register reads it: a unit code, a registered unit’s exact name, or an unregistered name' })
  units!: UnitRefView[];
}

export function petitionView(petitionId: string, state: ExistingPetition, recorded: readonly RecordedEvent[]): PetitionView {
  const { status, ...petition } = state;
  const last = recorded[recorded.length - 1]!;
  const businessDates = businessDatesOf(state, recorded);
  return {
    id: petitionId,
    version: recorded.length,
    position: formatLogPosition(last.position),
    stage: status,
    allowedNext: allowedNextSteps(state),
    petition,
    steps: recorded.map((event, index) => ({
      version: Number(event.version) + 1,
      type: event.type,
      ...(businessDates[index] !== undefined && { businessDate: businessDates[index] }),
      recordedAt: event.metadata.recordedAt,
      actor: { ...event.metadata.actor },
    })),
    laterRelatedCases: [],
    clocks: [],
    units: [],
  };
}

/**
 * Each recorded event's business date, from the case's timeline: it holds one entry per domain
 * event in the order recorded, so record-keeping events (an erasure) are skipped when pairing them.
 */
function businessDatesOf(state: ExistingPetition, recorded: readonly RecordedEvent[]): (string | undefined)[] {
  let next = 0;
  return recorded.map((event) => {
    if (RECORD_EVENT_TYPES.has(event.type)) return undefined;
    const entry = state.timeline[next++];
    return entry?.event === event.type ? entry.date : undefined;
  });
}
