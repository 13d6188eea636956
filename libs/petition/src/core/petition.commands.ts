import type { AcceptanceCommand } from '../acceptance/acceptance.commands.js';
import type { ClassificationCommand } from '../classification/classification.commands.js';
import type { HandlingCommand } from '../handling/handling.commands.js';
import type { HandoverCommand } from '../handover/handover.commands.js';
import type { HearingCommand } from '../hearing/hearing.commands.js';
import type { IntakeCommand } from '../intake/intake.commands.js';
import type { MediationCommand } from '../mediation/mediation.commands.js';
import type { ProgrammeCaseCommand } from '../programme/programme.commands.js';
import type { ReviewCommand } from '../review/review.commands.js';
import type { CaseFileCommand } from '../case-file/case-file.commands.js';
import type { SupervisionCommand } from '../supervision/supervision.commands.js';

export type { CommandContext } from './command-context.js';

/** Every command of a petition, each declared in its sub-area. */
export type PetitionCommand =
  | IntakeCommand
  | AcceptanceCommand
  | HandoverCommand
  | ClassificationCommand
  | HearingCommand
  | MediationCommand
  | HandlingCommand
  | ReviewCommand
  | CaseFileCommand
  | ProgrammeCaseCommand
  | SupervisionCommand;
export type PetitionCommandType = PetitionCommand['type'];
