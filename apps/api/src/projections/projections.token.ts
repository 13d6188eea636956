/** The live projections this instance runs; the composition root (AppModule) provides them from the read models. */
export const PROJECTIONS = Symbol('PROJECTIONS');

/**
 * Processes the projector runs like projections (checkpointed, one instance at a time) that act on
 * the log rather than keep tables: no rebuild or replay check has anything of theirs to redo.
 */
export const REACTORS = Symbol('REACTORS');
