import type { DecideTable } from '../core/decider-tables.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { decideSupervisionAnswer } from './answer-supervision.decide.js';
import { decideCaseOwner } from './assign-case-owner.decide.js';
import { decideEscalation } from './escalate-supervision.decide.js';
import { decideSupervision } from './issue-supervision.decide.js';
import { decideInstruction } from './record-instruction.decide.js';
import { decideReception } from './record-reception.decide.js';
import type { SupervisionCommand } from './supervision.commands.js';

export const SUPERVISION_DECIDERS: DecideTable<SupervisionCommand, PetitionEvent> = {
  IssueSupervision: decideSupervision,
  AnswerSupervision: decideSupervisionAnswer,
  EscalateSupervision: decideEscalation,
  AssignCaseOwner: decideCaseOwner,
  RecordReception: decideReception,
  RecordInstruction: decideInstruction,
};
