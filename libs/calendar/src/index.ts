export * from './calendar-date.js';
export * from './business-calendar.js';
export * from './chinese-days.data.js';
export * from './official-calendar.js';
export * from './clock-length.js';
export * from './statutory-clock.js';
export * from './clock-evaluation.js';
