import type { IsoDate } from '../core/business-date.js';
import type { CommandContext } from '../core/command-context.js';
import type { BacklogKind, CaseLink, Category, Channel, Petitioner } from '../core/petition.types.js';

export interface RegisterPetition {
  type: 'RegisterPetition';
  data: {
    petitionId: string;
    channel: Channel;
    /** The petitioner, or a group's representatives (at most `MAX_REPRESENTATIVES`). */
    petitioners: Petitioner[];
    /** How many people a group petition speaks for; at least the number of representatives. */
    groupSize?: number;
    subject: string;
    content: string;
    demands: string;
    category: Category;
    responsibleUnit: string;
    /** When it reached the bureau; may be earlier than its entry, never later than today. */
    receivedAt: IsoDate;
    backlogKinds?: BacklogKind[];
    /**
     * Earlier cases of the same person and matter that a final review (复核) concluded, as the API
     * found them at intake: the matter is not accepted again without new facts (Art. 36 ¶3).
     */
    priorConcludedCases?: CaseLink[];
    /** Earlier cases of the same person and matter not concluded by a final review. */
    relatedCases?: CaseLink[];
  };
  context: CommandContext;
}

export type IntakeCommand = RegisterPetition;
