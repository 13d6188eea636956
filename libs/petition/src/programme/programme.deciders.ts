import type { DecideTable } from '../core/decider-tables.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { decideEnrolment } from './enrol-in-programme.decide.js';
import type { ProgrammeCaseCommand } from './programme.commands.js';
import { decideRebound } from './record-rebound.decide.js';
import { decideFollowUp } from './record-follow-up.decide.js';
import { decideResolution } from './resolve-programme-case.decide.js';
import { decideSignOff } from './sign-off-programme-case.decide.js';

export const PROGRAMME_DECIDERS: DecideTable<ProgrammeCaseCommand, PetitionEvent> = {
  EnrolInProgramme: decideEnrolment,
  RecordFollowUp: decideFollowUp,
  ResolveProgrammeCase: decideResolution,
  SignOffProgrammeCase: decideSignOff,
  RecordProgrammeRebound: decideRebound,
};
