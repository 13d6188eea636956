import type { IsoDate } from '../core/business-date.js';
import type { CaseOwner, Instruction, Reception, SupervisionLevel } from './supervision.types.js';

export interface SupervisionIssued {
  type: 'SupervisionIssued';
  data: { supervisionId: string; level: SupervisionLevel; unit: string; subject: string; issuedOn: IsoDate; answerBy: IsoDate };
}

export interface SupervisionAnswered {
  type: 'SupervisionAnswered';
  data: { supervisionId: string; unit: string; level: SupervisionLevel; answeredOn: IsoDate; progress: string; expectedCompletion?: IsoDate };
}

export interface SupervisionEscalated {
  type: 'SupervisionEscalated';
  data: { supervisionId: string; unit: string; fromLevel: SupervisionLevel; level: SupervisionLevel; escalatedOn: IsoDate; answerBy: IsoDate; reason: string };
}

export interface CaseOwnerAssigned {
  type: 'CaseOwnerAssigned';
  data: CaseOwner;
}

export interface ReceptionRecorded {
  type: 'ReceptionRecorded';
  data: Reception;
}

export interface InstructionRecorded {
  type: 'InstructionRecorded';
  data: Instruction;
}

export type SupervisionEvent = SupervisionIssued | SupervisionAnswered | SupervisionEscalated | CaseOwnerAssigned | ReceptionRecorded | InstructionRecorded;
