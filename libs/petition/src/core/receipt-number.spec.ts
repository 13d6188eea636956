import { receiptNumberFor } from './receipt-number.js';
import { PETITION_ID, RECEIPT_NUMBER } from '../testing/petition.fixtures.js';

describe('receiptNumberFor', () => {
  it('is XF, the day received, and 40 bits of the id hash in Crockford base32', () => {
    expect(receiptNumberFor(PETITION_ID, '2026-11-20')).toBe(RECEIPT_NUMBER);
  });

  it('gives a retried registration the same receipt number', () => {
    expect(receiptNumberFor(PETITION_ID, '2026-11-20')).toBe(receiptNumberFor(PETITION_ID, '2026-11-20'));
  });

  it('tells petitions apart', () => {
    const numbers = new Set(Array.from({ length: 1000 }, (_, i) => receiptNumberFor(`petition-${i}`, '2026-11-20')));
    expect(numbers.size).toBe(1000);
  });

  it('uses only characters that cannot be misread', () => {
    for (let i = 0; i < 200; i++) expect(receiptNumberFor(`p${i}`, '2026-01-05')).toMatch(/^XF20260105-[0-9A-HJKMNP-TV-Z]{8}$/);
  });

  it('refuses a date that is not a day', () => {
    expect(() => receiptNumberFor(PETITION_ID, '2026-02-30')).toThrow(RangeError);
  });
});
