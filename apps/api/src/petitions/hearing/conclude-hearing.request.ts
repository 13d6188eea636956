import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DOCUMENT_TEXT_MAX_LENGTH, ID_MAX_LENGTH, MAX_PANEL_MEMBERS, MAX_PLAN_TASKS, OPINION_VALUES, type OpinionValue, REASONING_MAX_LENGTH, UNIT_MAX_LENGTH,
} from '@xinfang/petition';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { mintedId } from '../../http/deterministic-ids.js';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

export class PlanTaskRequest {
  @ApiProperty({ maxLength: REASONING_MAX_LENGTH, example: '支付拆迁补偿款本金' })
  @IsString() @IsNotBlank() @MaxLength(REASONING_MAX_LENGTH)
  task!: string;

  @ApiProperty({ maxLength: UNIT_MAX_LENGTH, description: 'The unit whose duty it is (its code in the unit register)' })
  @IsString() @IsNotBlank() @MaxLength(UNIT_MAX_LENGTH)
  ownerUnit!: string;

  @ApiProperty({ format: 'date', description: 'After the conclusion, no later than the resolve-by date' })
  @IsBusinessDate()
  dueOn!: string;
}

export class ConcludeHearingRequest {
  @ApiProperty({ enum: OPINION_VALUES, description: 'The panel’s deliberated conclusion' })
  @IsIn(OPINION_VALUES)
  conclusion!: OpinionValue;

  @ApiProperty({ maxLength: DOCUMENT_TEXT_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(DOCUMENT_TEXT_MAX_LENGTH)
  findings!: string;

  @ApiProperty({ maxLength: REASONING_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(REASONING_MAX_LENGTH)
  resolutionPlan!: string;

  @ApiProperty({ format: 'date', description: '限期办结: the responsible unit resolves the matter by this day, after the conclusion' })
  @IsBusinessDate()
  resolveBy!: string;

  @ApiPropertyOptional({ type: [String], maxItems: MAX_PANEL_MEMBERS, description: 'Members who did not sit and so owe no opinion; every other member must have given theirs' })
  @Optional() @IsArray() @ArrayMaxSize(MAX_PANEL_MEMBERS) @ArrayUnique() @IsString({ each: true }) @IsNotBlank({ each: true }) @MaxLength(ID_MAX_LENGTH, { each: true })
  absentMemberIds?: string[];

  @ApiPropertyOptional({
    type: [PlanTaskRequest],
    maxItems: MAX_PLAN_TASKS,
    description: 'The plan as tasks: each is its owner unit’s duty until its due date (a `plan_task` clock), marked done with …/plan-tasks/{taskId}/completion; ids are given in the case record',
  })
  @Optional() @IsArray() @ArrayMaxSize(MAX_PLAN_TASKS) @ValidateNested({ each: true }) @IsObject({ each: true }) @Type(() => PlanTaskRequest)
  planTasks?: PlanTaskRequest[];

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before the hearing day or any opinion' })
  @Optional() @IsBusinessDate()
  concludedOn?: string;
}

export const concludeHearingRoute = caseCommand({
  name: 'ConcludeHearing',
  action: 'conclude',
  path: 'hearings/:hid/conclusion',
  roles: ['panel'],
  summary: 'The chair records the deliberated conclusion, findings, resolution plan (and its tasks) and resolve-by date (限期办结)',
  body: ConcludeHearingRequest,
  command: ({ planTasks, ...body }, { params, context }) => ({
    type: 'ConcludeHearing',
    data: {
      ...body,
      hearingId: params.hid!,
      ...(planTasks && { planTasks: planTasks.map((task, index) => ({ taskId: mintedId(context, `plan-task\n${index}`), task: task.task, ownerUnit: task.ownerUnit, dueOn: task.dueOn })) }),
    },
  }),
});
