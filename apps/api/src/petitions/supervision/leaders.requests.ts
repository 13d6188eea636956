import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ID_MAX_LENGTH, NAME_MAX_LENGTH, REASON_MAX_LENGTH, VENUE_MAX_LENGTH } from '@xinfang/petition';
import { IsString, MaxLength } from 'class-validator';
import { Optional } from '../../http/request-fields.js';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { caseCommand } from '../command-path/case-command.route.js';

export class AssignCaseOwnerRequest {
  @ApiProperty({ description: 'The leader’s user id (the `sub` of their token): the leader then reads the case', maxLength: ID_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(ID_MAX_LENGTH)
  leaderId!: string;

  @ApiProperty({ maxLength: NAME_MAX_LENGTH, example: '周建华' })
  @IsString() @IsNotBlank() @MaxLength(NAME_MAX_LENGTH)
  leaderName!: string;

  @ApiProperty({ maxLength: NAME_MAX_LENGTH, example: '副县长' })
  @IsString() @IsNotBlank() @MaxLength(NAME_MAX_LENGTH)
  post!: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today' })
  @Optional() @IsBusinessDate()
  from?: string;
}

/** A clerk names the leader; a leader's own record names them from their token. */
class LeaderNamed {
  @ApiPropertyOptional({ description: 'Required from a clerk: the leader', maxLength: NAME_MAX_LENGTH })
  @Optional() @IsString() @IsNotBlank() @MaxLength(NAME_MAX_LENGTH)
  leaderName?: string;

  @ApiPropertyOptional({ description: 'From a clerk: the leader’s user id, if they have one', maxLength: ID_MAX_LENGTH })
  @Optional() @IsString() @IsNotBlank() @MaxLength(ID_MAX_LENGTH)
  leaderId?: string;
}

export class RecordReceptionRequest extends LeaderNamed {
  @ApiProperty({ maxLength: VENUE_MAX_LENGTH, example: '县信访局接待大厅' })
  @IsString() @IsNotBlank() @MaxLength(VENUE_MAX_LENGTH)
  place!: string;

  @ApiPropertyOptional({ description: 'Instructions (批示) given at the reception', maxLength: REASON_MAX_LENGTH })
  @Optional() @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  instructions?: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today' })
  @Optional() @IsBusinessDate()
  receivedOn?: string;
}

export class RecordInstructionRequest extends LeaderNamed {
  @ApiProperty({ maxLength: REASON_MAX_LENGTH, example: '请住建局牵头，一周内拿出方案' })
  @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  text!: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today' })
  @Optional() @IsBusinessDate()
  instructedOn?: string;
}

export const assignCaseOwnerRoute = caseCommand({
  name: 'AssignCaseOwner',
  action: 'assign',
  path: 'owner',
  roles: ['clerk', 'admin'],
  summary: 'The leader who owns the case (包案), from a date; the leader then reads it and records receptions and instructions on it',
  body: AssignCaseOwnerRequest,
  command: (body) => ({ type: 'AssignCaseOwner', data: { ...body } }),
});

export const recordReceptionRoute = caseCommand({
  name: 'RecordReception',
  action: 'record',
  path: 'receptions',
  roles: ['leader', 'clerk', 'admin'],
  summary: 'A leader’s reception of the petitioner (接访), with instructions; a leader records their own on the cases they own',
  body: RecordReceptionRequest,
  command: (body) => ({ type: 'RecordReception', data: { ...body } }),
});

export const recordInstructionRoute = caseCommand({
  name: 'RecordInstruction',
  action: 'record',
  path: 'instructions',
  roles: ['leader', 'clerk', 'admin'],
  summary: 'A leader’s instruction on the case (批示); a leader records their own on the cases they own',
  body: RecordInstructionRequest,
  command: (body) => ({ type: 'RecordInstruction', data: { ...body } }),
});
