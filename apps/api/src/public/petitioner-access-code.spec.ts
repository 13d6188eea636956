import type { AppConfig } from '../config/app-config.js';
import { PetitionerAccessCodes } from './petitioner-access-code.js';
import { maskedName } from './petitioner-labels.js';

const codesUnder = (fill: number) => new PetitionerAccessCodes({ personalDataMasterKey: Buffer.alloc(32, fill) } as AppConfig);
const PETITION = '0f7c3e2a-5b1d-4c8e-9a6f-2d4b8e1c7a90';

describe('PetitionerAccessCodes', () => {
  it('gives each petition its own 8-digit code, the same every time', () => {
    const codes = codesUnder(7);
    expect(codes.codeFor(PETITION)).toMatch(/^\d{8}$/);
    expect(codes.codeFor(PETITION)).toBe(codesUnder(7).codeFor(PETITION));
    const many = new Set(Array.from({ length: 1000 }, (_, index) => codes.codeFor(`${PETITION.slice(0, -4)}${String(index).padStart(4, '0')}`)));
    expect(many.size).toBeGreaterThan(995);
  });

  it('depends on the server’s key, so a code cannot be worked out from the petition id', () => {
    expect(codesUnder(7).codeFor(PETITION)).not.toBe(codesUnder(8).codeFor(PETITION));
  });

  it('matches only the exact code', () => {
    const codes = codesUnder(7);
    const code = codes.codeFor(PETITION);
    expect(codes.matches(PETITION, code)).toBe(true);
    expect(codes.matches(PETITION, `${code}0`)).toBe(false);
    expect(codes.matches(PETITION, code.replace(/.$/, (digit) => String((Number(digit) + 1) % 10)))).toBe(false);
  });
});

describe('maskedName', () => {
  it('keeps the surname and stars the rest, one star at least', () => {
    expect(maskedName('王某某')).toBe('王**');
    expect(maskedName('欧阳娜娜')).toBe('欧***');
    expect(maskedName('李')).toBe('李*');
  });
});
