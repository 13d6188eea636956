import type { Projection } from '@xinfang/projection-engine';

/** Every live read model's projection; the projector runs each, a rebuild replaces each. */
export const ALL_PROJECTIONS: readonly Projection[] = [];
