import { ApiPropertyOptional } from '@nestjs/swagger';
import { Optional } from '../../http/request-fields.js';
import { IsBusinessDate } from '../../http/validators.js';
import { caseCommand } from '../command-path/case-command.route.js';

export class SignForCaseRequest {
  @ApiPropertyOptional({ format: 'date', description: 'The day the unit received the case (签收, YYYY-MM-DD); defaults to today; not before the handover, never in the future' })
  @Optional() @IsBusinessDate()
  receivedOn?: string;
}

export const signForCaseRoute = caseCommand({
  name: 'SignForCase',
  action: 'sign',
  path: 'handover/receipt',
  roles: ['unit', 'clerk', 'admin'],
  summary: 'The receiving unit signs for a forwarded or assigned case (签收); its notice and objection periods run from this day',
  body: SignForCaseRequest,
  command: (body) => ({ type: 'SignForCase', data: { ...body } }),
});
