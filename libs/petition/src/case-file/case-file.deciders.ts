import type { DecideTable } from '../core/decider-tables.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { decideAttachment } from './add-attachment.decide.js';
import type { CaseFileCommand } from './case-file.commands.js';
import { decideDocumentIssue } from './issue-document.decide.js';
import { decideService } from './serve-document.decide.js';

/** The case file's commands are open in every stage: they record what the case already is, never move it. */
export const CASE_FILE_DECIDERS: DecideTable<CaseFileCommand, PetitionEvent> = {
  AddAttachment: decideAttachment,
  IssueDocument: decideDocumentIssue,
  ServeDocument: decideService,
};
