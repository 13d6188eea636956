import type { DecideTable } from '../core/decider-tables.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { decideObjectionDecision } from './decide-objection.decide.js';
import type { HandoverCommand } from './handover.commands.js';
import { decideUnitNotice } from './notify-petitioner.decide.js';
import { decideCompletionReport } from './report-completion.decide.js';
import { decideReceipt } from './sign-for-case.decide.js';
import { decideReportReview } from './verify-completion-report.decide.js';

export const HANDOVER_DECIDERS: DecideTable<HandoverCommand, PetitionEvent> = {
  SignForCase: decideReceipt,
  NotifyPetitioner: decideUnitNotice,
  DecideObjection: decideObjectionDecision,
  ReportCompletion: decideCompletionReport,
  ReviewCompletionReport: decideReportReview,
};
