export * from './event-store.port.js';
export * from './errors.js';
export * from './event-hash.js';
export * from './log-position.js';
