export * from './projection.js';
export * from './checkpoints.js';
export * from './project-batch.js';
export * from './projection-runner.js';
export * from './projector.js';
export * from './rebuild.js';
export * from './replay-check.js';
export * from './read-ahead.js';
