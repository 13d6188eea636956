export * from './business-calendar.js';
