import { isValidResidentIdNumber, normalizeResidentIdNumber, residentIdCheckCharacter } from './resident-id-number.validator.js';

// Check characters worked out independently (Python) from the MOD 11-2 weights of GB 11643-1999.
describe('isValidResidentIdNumber', () => {
  it.each([
    ['11010519491231002X', 'check character X'],
    ['320924197803154510', 'check character 0'],
    ['330106198506123451', 'check character 1'],
    ['440304200002291236', 'born on a leap day'],
  ])('accepts %s (%s)', (id) => {
    expect(isValidResidentIdNumber(id)).toBe(true);
  });

  it('accepts a handwritten lowercase x, which normalizes to X', () => {
    expect(isValidResidentIdNumber('11010519491231002x')).toBe(true);
    expect(normalizeResidentIdNumber('11010519491231002x')).toBe('11010519491231002X');
  });

  it.each([
    ['110105194912310021', 'wrong check character'],
    ['110105194912310020', 'a digit where X belongs'],
    ['32092419780315451X', 'X where a digit belongs'],
    ['320924197803154501', 'two digits swapped'],
    ['110105194902300020', 'born on 30 February'],
    ['110105190002290025', 'born on 29 February 1900'],
    ['110105194913310021', 'born in month 13'],
    ['110105194912000021', 'born on day 0'],
    ['11010519491231002', '17 characters'],
    ['11010519491231002X1', '19 characters'],
    ['110105491231002', 'the old 15-digit form'],
    ['1101051949123100 X', 'a space'],
    ['11010519491231002Y', 'a letter other than X'],
  ])('refuses %s (%s)', (id) => {
    expect(isValidResidentIdNumber(id)).toBe(false);
  });

  it('computes the check character from the first 17 digits', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('32092419780315451')).toBe('0');
  });
});
