export const PROJECTIONS = Symbol('PROJECTIONS');
export const READ_MODEL_POOL = Symbol('READ_MODEL_POOL');
