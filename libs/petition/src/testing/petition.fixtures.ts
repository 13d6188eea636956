import type { CommandContext } from '../core/command-context.js';
import type { DecideAcceptance } from '../acceptance/acceptance.commands.js';
import type { RegisterPetition } from '../intake/intake.commands.js';
import type { PetitionEvent } from '../core/petition.events.js';
import type { PetitionRegistered, RegistrationFacts } from '../intake/intake.events.js';
import type { Actor } from '../core/petition.types.js';
import { fakeCalendar } from './fake-calendar.js';

/** 10:00 on 2026-11-30 in Shanghai. */
export const NOW = new Date('2026-11-30T02:00:00Z');
export const TODAY = '2026-11-30';
export const PETITION_ID = '0b4f6c1e-3a52-4f0e-9a57-6d2c8e1f7a90';
/** receiptNumberFor(PETITION_ID, '2026-11-20'), computed independently with Python's hashlib. */
export const RECEIPT_NUMBER = 'XF20261120-M45CS3RA';

export const CLERK: Actor = { id: 'clerk-7', name: '王芳', role: 'clerk' };

export function contextAt(now: Date = NOW, actor: Actor = CLERK): CommandContext {
  return { actor, now, calendar: fakeCalendar() };
}

export function registerPetition(data: Partial<RegisterPetition['data']> = {}, now: Date = NOW): RegisterPetition {
  return {
    type: 'RegisterPetition',
    data: {
      petitionId: PETITION_ID,
      channel: 'visit',
      petitioners: [{ name: '张建国', idNumber: '11010519491231002X', phone: '13812345678', address: '射阳县合德镇人民路 8 号' }],
      subject: '拆迁补偿款未按协议支付',
      content: '2024 年签订拆迁补偿协议，约定 2025 年 6 月前支付补偿款，至今未付。',
      demands: '按协议支付补偿款及利息',
      category: 'housing_construction',
      responsibleUnit: '射阳县住房和城乡建设局',
      receivedAt: '2026-11-20',
      ...data,
    },
    context: contextAt(now),
  };
}

export function petitionRegistered(data: Partial<RegistrationFacts> = {}): PetitionRegistered {
  return {
    type: 'PetitionRegistered',
    data: {
      petitionId: PETITION_ID,
      receiptNumber: RECEIPT_NUMBER,
      channel: 'visit',
      petitioners: [{ name: '张建国', idNumber: '11010519491231002X', phone: '13812345678', address: '射阳县合德镇人民路 8 号' }],
      subject: '拆迁补偿款未按协议支付',
      content: '2024 年签订拆迁补偿协议，约定 2025 年 6 月前支付补偿款，至今未付。',
      demands: '按协议支付补偿款及利息',
      category: 'housing_construction',
      responsibleUnit: '射阳县住房和城乡建设局',
      receivedAt: '2026-11-20',
      backlogKinds: [],
      ...data,
    },
  };
}

export function decideAcceptance(data: DecideAcceptance['data'], now: Date = NOW): DecideAcceptance {
  return { type: 'DecideAcceptance', data, context: contextAt(now) };
}

export const forwardedToLabourBureau: PetitionEvent = {
  type: 'PetitionForwarded',
  data: { decidedAt: '2026-11-23', toUnit: '射阳县人力资源和社会保障局' },
};

export const assignedToTownship: PetitionEvent = {
  type: 'PetitionAssigned',
  data: { decidedAt: '2026-11-24', toUnit: '合德镇人民政府' },
};
