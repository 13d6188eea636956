import type { Projection } from '@xinfang/projection-engine';
import { caseGramsProjection } from '../similar-cases/case-grams.projection.js';
import { caseProjection, type CaseProjectionDependencies } from './cases/case.projection.js';
import { programmeLedgerProjection } from './programmes/programme-ledger.projection.js';

export type ProjectionDependencies = CaseProjectionDependencies;

/** Every live read model's projection; the projector runs each, a rebuild replaces each. */
export function createProjections(dependencies: ProjectionDependencies): Projection[] {
  return [caseProjection(dependencies), caseGramsProjection(), programmeLedgerProjection()];
}

export const PROJECTION_NAMES = ['cases', 'similar_cases', 'programmes'] as const;
