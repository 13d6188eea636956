import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { buildClock, evaluateClock, type BusinessCalendar } from '@xinfang/calendar';
import { allowedNextSteps, CLOCK_CATALOGUE, clockStart, type ExistingPetition, PETITION_STAGES, petitionClocks, RATINGS } from '@xinfang/petition';
import { CLOCK_STATE_LABELS, maskedName, RATING_LABELS, STAGE_LABELS } from './petitioner-labels.js';

const RUNNING = new Set(['open', 'due_soon', 'uncovered']);

export class PublicClockView {
  @ApiProperty({ example: 'handling' }) clock!: string;
  @ApiProperty({ example: '办理期限（受理之日起60日，可延长一次）' }) label!: string;
  @ApiProperty({ format: 'date' }) startedOn!: string;
  @ApiPropertyOptional({ format: 'date', description: 'Absent while the calendar for its year is not loaded' }) deadline?: string;
  @ApiProperty({ enum: ['open', 'due_soon', 'overdue', 'met', 'missed', 'used', 'lapsed', 'uncovered'], description: 'A right’s window (to ask for a review, to rate) is open, then used or lapsed; never overdue' }) state!: string;
  @ApiProperty({ example: '进行中' }) stateLabel!: string;
  @ApiPropertyOptional({ format: 'date', description: 'When the step it waited for was taken' }) stoppedOn?: string;
  @ApiPropertyOptional({ description: 'Days left, for a clock still running' }) daysLeft?: number;
}

export class PublicRatingView {
  @ApiProperty({ description: 'The case is closed and not yet rated, within the 30 days to rate it' }) open!: boolean;
  @ApiPropertyOptional({ enum: RATINGS }) rating?: string;
  @ApiPropertyOptional({ example: '满意' }) label?: string;
  @ApiPropertyOptional({ format: 'date' }) ratedOn?: string;
}

/** What a petitioner sees with their code: the stage and the statutory clocks, nothing else of the case. */
export class PetitionProgressView {
  @ApiProperty({ example: 'XF20261129-7K3M9Q2P' }) receiptNumber!: string;
  @ApiProperty({ example: '王**', description: 'The first petitioner’s surname, the rest masked' }) petitioner!: string;
  @ApiProperty({ enum: PETITION_STAGES }) stage!: string;
  @ApiProperty({ example: '已受理，正在办理' }) stageLabel!: string;
  @ApiProperty({ format: 'date', description: 'The day the clocks are judged on (today, Asia/Shanghai)' }) asOf!: string;
  @ApiProperty({ type: [PublicClockView] }) clocks!: PublicClockView[];
  @ApiProperty({ type: PublicRatingView }) rating!: PublicRatingView;
}

export function petitionProgressView(state: ExistingPetition, calendar: BusinessCalendar, asOf: string, dueSoonDays: number): PetitionProgressView {
  const clocks = petitionClocks(state).flatMap((clock): PublicClockView[] => {
    const { kind, startedOn, stoppedOn } = clock;
    const evaluation = evaluateClock(buildClock(calendar, clockStart(clock), stoppedOn), asOf, { dueSoonDays, nature: CLOCK_CATALOGUE[kind].nature });
    if (evaluation.state === 'not_started') return [];
    return [{
      clock: kind,
      label: CLOCK_CATALOGUE[kind].labels.long,
      startedOn,
      ...('deadline' in evaluation ? { deadline: evaluation.deadline } : {}),
      state: evaluation.state,
      stateLabel: CLOCK_STATE_LABELS[evaluation.state],
      ...(stoppedOn !== undefined ? { stoppedOn } : {}),
      ...('daysLeft' in evaluation ? { daysLeft: evaluation.daysLeft } : {}),
    }];
  });
  return {
    receiptNumber: state.receiptNumber,
    petitioner: maskedName(state.petitioners[0]?.name ?? ''),
    stage: state.status,
    stageLabel: STAGE_LABELS[state.status],
    asOf,
    clocks,
    rating: ratingView(state, clocks),
  };
}

function ratingView(state: ExistingPetition, clocks: readonly PublicClockView[]): PublicRatingView {
  const rating = 'rating' in state ? state.rating : undefined;
  if (rating) return { open: false, rating: rating.rating, label: RATING_LABELS[rating.rating], ratedOn: rating.ratedOn };
  const window = clocks.find((clock) => clock.clock === 'rating_window');
  return { open: allowedNextSteps(state).includes('rate') && window !== undefined && RUNNING.has(window.state) };
}
