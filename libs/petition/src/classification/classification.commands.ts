import type { IsoDate } from '../core/business-date.js';
import type { CommandContext } from '../core/command-context.js';
import type { BacklogKind, Category, ClaimType } from '../core/petition.types.js';

/** Changes the category and/or the backlog kinds; `backlogKinds`, when given, is the whole new set. */
export interface Reclassify {
  type: 'Reclassify';
  data: { category?: Category; backlogKinds?: BacklogKind[]; reason: string; reclassifiedOn?: IsoDate };
  context: CommandContext;
}

/** Changes the matter's legal route (Arts. 29–31), with the reason: an event like any other. */
export interface ChangeClaimType {
  type: 'ChangeClaimType';
  data: { claimType: ClaimType; reason: string; changedOn?: IsoDate };
  context: CommandContext;
}

export type ClassificationCommand = Reclassify | ChangeClaimType;
