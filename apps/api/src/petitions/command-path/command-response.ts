import { ApiProperty } from '@nestjs/swagger';
import { formatLogPosition } from '@xinfang/event-store';
import type { PetitionState } from '@xinfang/petition';
import type { Response } from 'express';
import type { CommandOutcome } from './petition-command-runner.js';

export class CommandResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'The case version after the command; also in ETag, for If-Match', example: 2 })
  version!: number;

  @ApiProperty({ description: 'Event-log position of the write; pass as minPosition to read your own write', example: '1234-56' })
  position!: string;

  @ApiProperty({ description: 'The stage the case is in now', example: 'accepted' })
  stage!: string;
}

export function commandResponse(outcome: CommandOutcome, response: Response): CommandResponse {
  response.setHeader('ETag', `"${outcome.version}"`);
  return {
    id: outcome.petitionId,
    version: outcome.version,
    position: formatLogPosition(outcome.position),
    stage: outcome.state.status,
  };
}

export function receiptNumberOf(state: PetitionState): string {
  if (state.status === 'none') throw new Error('A registration left no petition behind');
  return state.receiptNumber;
}
