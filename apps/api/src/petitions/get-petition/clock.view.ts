import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { buildClock, type BusinessCalendar, evaluateClock } from '@xinfang/calendar';
import { CLOCK_CATALOGUE, CLOCK_KINDS, clockStart, type ExistingPetition, petitionClocks } from '@xinfang/petition';

export class CaseClockView {
  @ApiProperty({ enum: CLOCK_KINDS }) clock!: string;
  @ApiProperty({ example: '办理期限' }) label!: string;
  @ApiProperty({ enum: ['bureau', 'unit', 'petitioner'], description: 'Whose clock it is (DOMAIN.md "Whose clock is it")' }) holder!: string;
  @ApiProperty({ enum: ['duty', 'right'], description: 'A duty is met, missed or overdue; a right’s window is used or lapses' }) nature!: string;
  @ApiProperty() seq!: number;
  @ApiProperty({ format: 'date' }) startedOn!: string;
  @ApiPropertyOptional({ format: 'date', description: 'Absent while the calendar for its year is not loaded' }) deadline?: string;
  @ApiPropertyOptional({ format: 'date', description: 'The first day the calendar could not answer for' }) uncovered?: string;
  @ApiPropertyOptional({ format: 'date' }) stoppedOn?: string;
  @ApiProperty({ enum: ['open', 'due_soon', 'overdue', 'met', 'missed', 'used', 'lapsed', 'uncovered'] }) state!: string;
  @ApiPropertyOptional({ description: 'Days left, for a clock still running before its deadline' }) daysLeft?: number;
  @ApiPropertyOptional({ description: 'Days past the deadline, for an overdue duty' }) daysOverdue?: number;
}

/** The case's clocks as of `asOf`, from the clock catalogue. */
export function caseClockViews(state: ExistingPetition, calendar: BusinessCalendar, asOf: string, dueSoonDays: number): CaseClockView[] {
  return petitionClocks(state).flatMap((clock) => {
    const definition = CLOCK_CATALOGUE[clock.kind];
    const built = buildClock(calendar, clockStart(clock), clock.stoppedOn);
    const evaluation = evaluateClock(built, asOf, { dueSoonDays, nature: definition.nature });
    if (evaluation.state === 'not_started') return [];
    return [
      {
        clock: clock.kind,
        label: definition.labels.short,
        holder: definition.holder,
        nature: definition.nature,
        seq: clock.seq,
        startedOn: clock.startedOn,
        ...(built.deadline !== null ? { deadline: built.deadline } : { uncovered: built.uncovered }),
        ...(clock.stoppedOn !== undefined && { stoppedOn: clock.stoppedOn }),
        state: evaluation.state,
        ...('daysLeft' in evaluation && { daysLeft: evaluation.daysLeft }),
        ...('daysOverdue' in evaluation && { daysOverdue: evaluation.daysOverdue }),
      },
    ];
  });
}
