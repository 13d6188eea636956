import { formatLogPosition, type RecordedEvent } from '@xinfang/event-store';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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

/** What the case's recorded events give the view: its version, latest position and steps. */
export interface RecordedSteps {
  readonly version: number;
  /** `commit-prepare` */
  readonly position: string;
  readonly steps: readonly StepRecord[];
}

/** The whole stream as the view's version, position and steps (an auditor's state at a version). */
export function recordedSteps(state: ExistingPetition, recorded: readonly RecordedEvent[]): RecordedSteps {
  return { version: recorded.length, position: formatLogPosition(recorded[recorded.length - 1]!.position), steps: stepsOf(state, recorded) };
}

/**
 * Each recorded event as a step, with its business date from the case's timeline: it holds one
 * entry per domain event in the order recorded, so record-keeping events (an erasure) are skipped
 * when pairing them. `timelineIndex`: the timeline entry of the first of these events (after a snapshot's).
 */
export function stepsOf(state: ExistingPetition, recorded: readonly RecordedEvent[], timelineIndex = 0): StepRecord[] {
  let next = timelineIndex;
  return recorded.map((event) => {
    const entry = RECORD_EVENT_TYPES.has(event.type) ? undefined : state.timeline[next++];
    const businessDate = entry?.event === event.type ? entry.date : undefined;
    return {
      version: Number(event.version) + 1,
      type: event.type,
      ...(businessDate !== undefined && { businessDate }),
      recordedAt: event.metadata.recordedAt,
      actor: { ...event.metadata.actor },
    };
  });
}

export function petitionView(petitionId: string, state: ExistingPetition, recorded: RecordedSteps): PetitionView {
  const { status, ...petition } = state;
  return {
    id: petitionId,
    version: recorded.version,
    position: recorded.position,
    stage: status,
    allowedNext: allowedNextSteps(state),
    petition,
    steps: [...recorded.steps],
    laterRelatedCases: [],
    clocks: [],
    units: [],
  };
}
