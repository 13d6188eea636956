import { ApiProperty } from '@nestjs/swagger';
import { formatLogPosition, type RecordedEvent } from '@xinfang/event-store';
import { allowedNextSteps, type ExistingPetition } from '@xinfang/petition';

export class StepRecord {
  @ApiProperty() version!: number;
  @ApiProperty({ example: 'PetitionAccepted' }) type!: string;
  @ApiProperty({ description: 'When it was recorded (the writer’s clock)' }) recordedAt!: string;
  @ApiProperty({ example: { id: 'u-1', name: '李科员', role: 'clerk' } }) actor!: { id: string; name: string; role: string };
}

/** The case as it stands: its facts, stage, the steps it allows next, and who recorded each step. */
export class PetitionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'Log position of the latest event' }) position!: string;
  @ApiProperty({ example: 'registered' }) stage!: string;
  @ApiProperty({ type: [String], example: ['accept', 'not_accept', 'forward', 'assign'] }) allowedNext!: string[];
  @ApiProperty({ description: 'The case facts: receipt number, petitioners, category, units, dates, decisions', type: 'object', additionalProperties: true })
  petition!: Omit<ExistingPetition, 'status'>;
  @ApiProperty({ type: [StepRecord] }) steps!: StepRecord[];
}

export function petitionView(petitionId: string, state: ExistingPetition, recorded: readonly RecordedEvent[]): PetitionView {
  const { status, ...petition } = state;
  const last = recorded[recorded.length - 1]!;
  return {
    id: petitionId,
    version: recorded.length,
    position: formatLogPosition(last.position),
    stage: status,
    allowedNext: allowedNextSteps(state),
    petition,
    steps: recorded.map((event) => ({
      version: Number(event.version) + 1,
      type: event.type,
      recordedAt: event.metadata.recordedAt,
      actor: { ...event.metadata.actor },
    })),
  };
}
