import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type Actor, AlreadyRecordedError, type Rating, RuleViolationError, shanghaiDate, TransitionRefusedError } from '@xinfang/petition';
import { CalendarService } from '../calendar/calendar.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ProblemException, problemType } from '../http/problem.js';
import { RunCaseCommand } from '../petitions/command-path/case-command.controller.js';
import { CaseLoader } from '../event-codec/case-loader.js';
import { type PetitionProgressView, petitionProgressView, type PublicRatingView } from './petition-progress.view.js';
import { notFound, PetitionerAccess } from './petitioner-access.service.js';
import { RATING_LABELS } from './petitioner-labels.js';

/**
 * Who records a rating the petitioner gives themselves. `Role` knows staff roles only, so the event
 * carries `clerk` (the role that records ratings on the petitioner's behalf at the counter); the
 * actor id marks it as self-service, and no staff member is named.
 */
export const PETITIONER_SELF_SERVICE: Actor = { id: 'petitioner-self-service', name: '信访人（自助评价）', role: 'clerk' };

@Injectable()
export class PetitionerSelfService {
  constructor(
    private readonly access: PetitionerAccess,
    private readonly commandBus: CommandBus,
    private readonly cases: CaseLoader,
    private readonly calendar: CalendarService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async progress(receiptNumber: string, code: string, clientAddress: string): Promise<PetitionProgressView> {
    const petitionId = await this.access.open(receiptNumber, code, clientAddress);
    const { state } = await this.cases.load(petitionId);
    if (state.status === 'none') throw notFound();
    return petitionProgressView(state, this.calendar.current(), shanghaiDate(new Date()), this.config.dueSoonDays);
  }

  async rate(receiptNumber: string, code: string, rating: Rating, clientAddress: string): Promise<PublicRatingView> {
    const petitionId = await this.access.open(receiptNumber, code, clientAddress);
    try {
      const outcome = await this.commandBus.execute(new RunCaseCommand(petitionId, { type: 'RecordRating', data: { rating } }, { actor: PETITIONER_SELF_SERVICE, now: new Date() }));
      const recorded = 'rating' in outcome.state ? outcome.state.rating : undefined;
      return { open: false, ...(recorded ? { rating: recorded.rating, label: RATING_LABELS[recorded.rating], ratedOn: recorded.ratedOn } : {}) };
    } catch (error) {
      throw refusal(error);
    }
  }
}

/** The petitioner is told why in plain words; the staff-facing detail (allowed steps) stays inside. */
function refusal(error: unknown): unknown {
  if (error instanceof AlreadyRecordedError) return ratingRefused(409, 'already-rated', '该信访事项已经评价过，每件只能评价一次。');
  if (error instanceof TransitionRefusedError) return ratingRefused(409, 'not-closed', '该信访事项尚未办结，办结后方可评价。');
  if (error instanceof RuleViolationError) return ratingRefused(422, 'rating-window-passed', '评价期限（办结之日起30日）已过，不能再评价。');
  return error;
}

function ratingRefused(status: number, slug: string, detail: string): ProblemException {
  return new ProblemException({ type: problemType(slug), title: 'The rating was not recorded', status, detail });
}
