import type { Projection } from '@xinfang/projection-engine';
import { caseGramsProjection } from '../similar-cases/case-grams.projection.js';
import { caseProjection, type CaseProjectionDependencies } from './cases/case.projection.js';
import { UNITS_PROJECTION, unitsProjection } from './units/units.projection.js';
import { programmeLedgerProjection } from './programmes/programme-ledger.projection.js';
import { SUPERVISIONS_PROJECTION, supervisionRegisterProjection } from './supervisions/supervision-register.projection.js';

export type ProjectionDependencies = CaseProjectionDependencies;

/** Every live read model's projection; the projector runs each, a rebuild replaces each. */
export function createProjections(dependencies: ProjectionDependencies): Projection[] {
  return [caseProjection(dependencies), caseGramsProjection(), unitsProjection(), programmeLedgerProjection(), supervisionRegisterProjection()];
}

export const PROJECTION_NAMES = ['cases', 'similar_cases', UNITS_PROJECTION, 'programmes', SUPERVISIONS_PROJECTION] as const;
