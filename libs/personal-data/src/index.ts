export * from './sealed-value.js';
export * from './subject-key-store.js';
export { ERASED, type Opened, PersonalDataVault } from './personal-data-vault.js';
