import { isValidPhoneNumber } from './phone-number.validator.js';

describe('isValidPhoneNumber', () => {
  it.each(['13812345678', '19912345678', '0571-87654321', '057187654321', '010-62345678', '0515-8234567', '0571-87654321-802', '0571-87654321转802'])(
    'accepts %s',
    (phone) => {
      expect(isValidPhoneNumber(phone)).toBe(true);
    },
  );

  it.each([
    ['12345678901', 'mobile network digit 2'],
    ['1381234567', '10 digits'],
    ['138123456789', '12 digits'],
    ['+8613812345678', 'a country code'],
    ['138 1234 5678', 'spaces'],
    ['87654321', 'no area code'],
    ['0571-07654321', 'a local number starting with 0'],
    ['010-12345678', 'a local number starting with 1 (service numbers)'],
    ['0571-876543', 'a 6-digit local number'],
    ['0571-87654321-', 'an empty extension'],
    ['', 'nothing'],
  ])('refuses %p (%s)', (phone) => {
    expect(isValidPhoneNumber(phone)).toBe(false);
  });
});
