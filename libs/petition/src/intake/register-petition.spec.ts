import { PetitionAlreadyExistsError, RuleViolationError } from '../core/petition.errors.js';
import { petitionDecider } from '../core/petition.decider.js';
import type { Petitioner } from '../core/petition.types.js';
import { given } from '../testing/given.js';
import { PETITION_ID, RECEIPT_NUMBER, petitionRegistered, registerPetition } from '../testing/petition.fixtures.js';

const representative = (n: number): Petitioner => ({ name: `代表${n}` });

function violationsOf(command: ReturnType<typeof registerPetition>) {
  return given(petitionDecider, []).when(command).thenThrows(RuleViolationError).violations;
}

describe('RegisterPetition', () => {
  it('records the registration with its receipt number and no backlog kinds by default', () => {
    given(petitionDecider, []).when(registerPetition()).then([petitionRegistered()]);
  });

  it('keeps the group size and the backlog kinds, each kind once in the order first given', () => {
    const petitioners = [1, 2, 3].map(representative);
    given(petitionDecider, [])
      .when(registerPetition({ petitioners, groupSize: 40, backlogKinds: ['repeat', 'four_level', 'repeat'] }))
      .then([petitionRegistered({ petitioners, groupSize: 40, backlogKinds: ['repeat', 'four_level'] })]);
  });

  it('stores an ID number written with a lowercase x in its canonical uppercase form', () => {
    given(petitionDecider, [])
      .when(registerPetition({ petitioners: [{ name: '张建国', idNumber: '11010519491231002x' }] }))
      .then([petitionRegistered({ petitioners: [{ name: '张建国', idNumber: '11010519491231002X' }] })]);
  });

  it('records only the known petitioner fields', () => {
    const smuggled = { name: '李梅', phone: '0571-87654321', role: 'admin' } as Petitioner;
    given(petitionDecider, [])
      .when(registerPetition({ petitioners: [smuggled] }))
      .then([petitionRegistered({ petitioners: [{ name: '李梅', phone: '0571-87654321' }] })]);
  });

  it('accepts a petition received long ago (back-entry of a paper record)', () => {
    given(petitionDecider, [])
      .when(registerPetition({ receivedAt: '2019-03-04' }))
      .then([petitionRegistered({ receivedAt: '2019-03-04', receiptNumber: 'XF20190304-M45CS3RA' })]);
  });

  it('accepts five representatives and a group size equal to them', () => {
    const petitioners = [1, 2, 3, 4, 5].map(representative);
    given(petitionDecider, [])
      .when(registerPetition({ petitioners, groupSize: 5 }))
      .then([petitionRegistered({ petitioners, groupSize: 5 })]);
  });

  it('is refused on a stream that already holds a petition, naming its receipt number', () => {
    given(petitionDecider, [petitionRegistered()])
      .when(registerPetition())
      .thenThrows(PetitionAlreadyExistsError, { petitionId: PETITION_ID, receiptNumber: RECEIPT_NUMBER });
    given(petitionDecider, [petitionRegistered(), { type: 'PetitionNotAccepted', data: { decidedAt: '2026-11-21', reason: '不属于信访事项' } }])
      .when(registerPetition())
      .thenThrows(PetitionAlreadyExistsError);
  });

  describe('receivedAt in Asia/Shanghai', () => {
    it('may be today in Shanghai while it is still yesterday in UTC', () => {
      given(petitionDecider, [])
        .when(registerPetition({ receivedAt: '2026-11-30' }, new Date('2026-11-29T17:00:00Z')))
        .then([petitionRegistered({ receivedAt: '2026-11-30', receiptNumber: 'XF20261130-M45CS3RA' })]);
    });

    it('may not be tomorrow in Shanghai, checked at the last second of the day there', () => {
      const lastSecondOfNov29InShanghai = new Date('2026-11-29T15:59:59Z');
      expect(violationsOf(registerPetition({ receivedAt: '2026-11-30' }, lastSecondOfNov29InShanghai))).toEqual([
        { field: 'receivedAt', message: 'must not be in the future (today in Shanghai is 2026-11-29)' },
      ]);
    });

    it.each(['2026-02-30', '2026-13-01', '2026/11/20', '20261120', ''])('must be a real YYYY-MM-DD date, not %p', (receivedAt) => {
      expect(violationsOf(registerPetition({ receivedAt }))).toEqual([{ field: 'receivedAt', message: 'must be a real date written YYYY-MM-DD' }]);
    });
  });

  describe('petitioners', () => {
    it('must name at least one', () => {
      expect(violationsOf(registerPetition({ petitioners: [] }))).toEqual([
        { field: 'petitioners', message: 'must name at least one petitioner' },
      ]);
    });

    it('may name at most five representatives (Art. 20 ¶3)', () => {
      expect(violationsOf(registerPetition({ petitioners: [1, 2, 3, 4, 5, 6].map(representative) }))).toEqual([
        { field: 'petitioners', message: 'a group petition names at most 5 representatives (条例 Art. 20 ¶3), got 6' },
      ]);
    });

    it.each([2, 2.5, 0])('refuses a group size of %p for three representatives', (groupSize) => {
      expect(violationsOf(registerPetition({ petitioners: [1, 2, 3].map(representative), groupSize }))).toEqual([
        { field: 'groupSize', message: 'must be a whole number no smaller than the 3 petitioner(s) named' },
      ]);
    });

    it('each needs a name of at most 100 characters', () => {
      const violations = violationsOf(registerPetition({ petitioners: [{ name: '  ' }, { name: '名'.repeat(101) }, { name: '名'.repeat(100) }] }));
      expect(violations).toEqual([
        { field: 'petitioners[0].name', message: 'must not be blank' },
        { field: 'petitioners[1].name', message: 'must be at most 100 characters' },
      ]);
    });

    it('refuses a wrong ID number, a wrong phone number and a blank address', () => {
      const violations = violationsOf(registerPetition({ petitioners: [{ name: '张建国', idNumber: '110105194912310021', phone: '12345678901', address: ' ' }] }));
      expect(violations.map((v) => v.field)).toEqual(['petitioners[0].address', 'petitioners[0].phone', 'petitioners[0].idNumber']);
    });

    it('refuses the same person named twice, whatever the case of the x', () => {
      const violations = violationsOf(
        registerPetition({ petitioners: [{ name: '张建国', idNumber: '11010519491231002X' }, { name: '张建国', idNumber: '11010519491231002x' }] }),
      );
      expect(violations).toEqual([{ field: 'petitioners[1].idNumber', message: 'names the same person as an earlier petitioner' }]);
    });
  });

  describe('texts', () => {
    it.each([
      ['subject', 200],
      ['content', 20_000],
      ['demands', 5_000],
      ['responsibleUnit', 200],
    ] as const)('%s must not be blank and holds at most %p characters', (field, max) => {
      expect(violationsOf(registerPetition({ [field]: ' \n\t' }))).toEqual([{ field, message: 'must not be blank' }]);
      expect(violationsOf(registerPetition({ [field]: '字'.repeat(max + 1) }))).toEqual([{ field, message: `must be at most ${max} characters` }]);
      given(petitionDecider, []).when(registerPetition({ [field]: '字'.repeat(max) })).then([petitionRegistered({ [field]: '字'.repeat(max) })]);
    });

    it('counts a character outside the BMP as one', () => {
      const subject = '𠀀'.repeat(200);
      given(petitionDecider, []).when(registerPetition({ subject })).then([petitionRegistered({ subject })]);
    });
  });

  it('refuses values outside the vocabularies', () => {
    const violations = violationsOf(
      registerPetition({ channel: 'fax' as never, category: 'environment' as never, backlogKinds: ['repeat', 'old' as never] }),
    );
    expect(violations.map((v) => v.field)).toEqual(['channel', 'category', 'backlogKinds[1]']);
  });

  it('lists every broken rule of the command together', () => {
    const violations = violationsOf(
      registerPetition({ petitioners: [], groupSize: 0, subject: '', demands: '', receivedAt: '2026-12-01', responsibleUnit: '' }),
    );
    expect(violations.map((v) => v.field)).toEqual(['petitioners', 'groupSize', 'subject', 'demands', 'responsibleUnit', 'receivedAt']);
  });
});
