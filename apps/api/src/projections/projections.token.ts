/** The live projections this instance runs; the composition root (AppModule) provides them from the read models. */
export const PROJECTIONS = Symbol('PROJECTIONS');
