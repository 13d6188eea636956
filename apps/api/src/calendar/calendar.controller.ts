import { Body, Controller, Delete, Get, HttpCode, HttpStatus, NotFoundException, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { CalendarOverrideKind } from '@xinfang/calendar';
import { EARLIEST_BUSINESS_DATE } from '@xinfang/petition';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Roles } from '../auth/roles.decorator.js';
import { IsBusinessDate } from '../http/validators.js';
import { validationProblem } from '../http/problem.js';
import { CurrentRequest, type RequestContext } from '../http/request-context.js';
import { CalendarService, type CalendarSnapshot } from './calendar.service.js';

export class CalendarOverrideRequest {
  @ApiProperty({ enum: ['working_day', 'rest_day'], description: 'working_day for a 调休 make-up day, rest_day for a holiday' })
  @IsIn(['working_day', 'rest_day'])
  kind!: CalendarOverrideKind;

  @ApiPropertyOptional({ maxLength: 200, example: '2027年春节调休上班' })
  @IsOptional() @IsString() @MaxLength(200)
  note?: string;
}

export class DeclaredYearView {
  @ApiProperty({ example: 2027 }) year!: number;
  @ApiProperty() declaredBy!: string;
  @ApiProperty({ format: 'date-time' }) declaredAt!: string;
}

export class CalendarOverrideView {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ enum: ['working_day', 'rest_day'] }) kind!: CalendarOverrideKind;
  @ApiPropertyOptional() note?: string;
  @ApiProperty() changedBy!: string;
  @ApiProperty({ format: 'date-time' }) changedAt!: string;
}

export class CalendarView implements CalendarSnapshot {
  @ApiProperty({ type: [Number], description: 'Years the published schedule or a declaration covers' }) coveredYears!: number[];
  @ApiProperty({ type: [DeclaredYearView] }) declaredYears!: DeclaredYearView[];
  @ApiProperty({ type: [CalendarOverrideView] }) overrides!: CalendarOverrideView[];
}

/** The calendar's years begin with the earliest business date's (petition.limits.ts). */
const EARLIEST_YEAR = Number(EARLIEST_BUSINESS_DATE.slice(0, 4));

class DateParam {
  @ApiProperty({ format: 'date', example: '2027-02-07', description: 'The day, YYYY-MM-DD' })
  @IsBusinessDate()
  date!: string;
}

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @Roles('admin', 'clerk', 'auditor')
  @ApiOperation({ summary: 'The working-day calendar: covered years and the administrators’ overrides' })
  @ApiOkResponse({ type: CalendarView })
  snapshot(): Promise<CalendarSnapshot> {
    return this.calendar.snapshot();
  }

  @Put('overrides/:date')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Roles('admin')
  @ApiOperation({ summary: 'Declare one day a working day or a rest day (wins over the published schedule)' })
  async setOverride(@Param() { date }: DateParam, @Body() body: CalendarOverrideRequest, @CurrentRequest() context: RequestContext): Promise<void> {
    await this.calendar.setOverride({ date, kind: body.kind, ...(body.note ? { note: body.note } : {}) }, context.actor.id);
  }

  @Delete('overrides/:date')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Roles('admin')
  @ApiOperation({ summary: 'Remove an override' })
  async removeOverride(@Param() { date }: DateParam): Promise<void> {
    if (!(await this.calendar.removeOverride(date))) throw new NotFoundException(`There is no override for ${date}`);
  }

  @Put('covered-years/:year')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Roles('admin')
  @ApiOperation({ summary: 'Declare a year fully loaded (after entering its official holidays and make-up days as overrides)' })
  async declareYear(@Param('year', new ParseIntPipe()) year: number, @CurrentRequest() context: RequestContext): Promise<void> {
    if (year < EARLIEST_YEAR || year > 2200) throw validationProblem([{ field: 'year', code: 'range', message: `year must be from ${EARLIEST_YEAR} to 2200` }]);
    await this.calendar.declareYear(year, context.actor.id);
  }

  @Delete('covered-years/:year')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Roles('admin')
  @ApiOperation({ summary: 'Withdraw a declared year' })
  async withdrawYear(@Param('year', new ParseIntPipe()) year: number): Promise<void> {
    if (!(await this.calendar.withdrawYear(year))) throw new NotFoundException(`${year} was not declared`);
  }
}
