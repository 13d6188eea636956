import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ID_MAX_LENGTH, MAX_ATTACHMENTS_PER_STEP, REASONING_MAX_LENGTH } from '@xinfang/petition';
import { ArrayMaxSize, ArrayUnique, IsArray, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

export class CompletePlanTaskRequest {
  @ApiProperty({ maxLength: REASONING_MAX_LENGTH, description: 'What shows the task done', example: '补偿款本金已于6月10日转账支付，见银行凭证' })
  @IsString() @IsNotBlank() @MaxLength(REASONING_MAX_LENGTH)
  evidence!: string;

  @ApiPropertyOptional({ type: [String], maxItems: MAX_ATTACHMENTS_PER_STEP, description: 'Attachments of the case file that show it' })
  @Optional() @IsArray() @ArrayMaxSize(MAX_ATTACHMENTS_PER_STEP) @ArrayUnique() @IsString({ each: true }) @IsNotBlank({ each: true }) @MaxLength(ID_MAX_LENGTH, { each: true })
  attachmentIds?: string[];

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before the conclusion that set the task' })
  @Optional() @IsBusinessDate()
  completedOn?: string;
}

// The owner unit's staff report its own tasks (the decider refuses another task's); to any other unit the case does not exist.
export const completePlanTaskRoute = caseCommand({
  name: 'CompletePlanTask',
  action: 'complete',
  path: 'plan-tasks/:tid/completion',
  roles: ['unit', 'clerk', 'admin'],
  summary: 'A task of a hearing’s plan done, with its evidence (once; 409 the second time), in whatever stage the case is',
  body: CompletePlanTaskRequest,
  command: ({ attachmentIds, ...body }, { params }) => ({ type: 'CompletePlanTask', data: { ...body, taskId: params.tid!, ...(attachmentIds && { attachmentIds: [...attachmentIds] }) } }),
});
