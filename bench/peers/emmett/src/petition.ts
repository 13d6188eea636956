import { type Command, type Decider, type Event, IllegalStateError } from '@event-driven-io/emmett';
import type { BacklogKind, Category, Channel, Role } from '../../../../libs/petition/src/core/petition.types.js';

export type Actor = { id: string; name: string; role: Role };

export type Petitioner = { name: string; idNumber?: string; phone?: string; address?: string };

export type PetitionDetails = {
  channel: Channel;
  petitioners: Petitioner[];
  groupSize?: number;
  subject: string;
  content: string;
  demands: string;
  category: Category;
  responsibleUnit: string;
  receivedAt: string;
  backlogKinds?: BacklogKind[];
};

export type RegisterPetition = Command<'RegisterPetition', PetitionDetails & { petitionId: string }, { actor: Actor; now: Date }>;

export type PetitionCommand = RegisterPetition;

export type PetitionRegistered = Event<'PetitionRegistered', PetitionDetails & { petitionId: string }, { actor: Actor; recordedAt: string }>;

export type PetitionEvent = PetitionRegistered;

export type Petition = { status: 'none' } | { status: 'registered'; petitionId: string; category: Category; responsibleUnit: string };

export const initialState = (): Petition => ({ status: 'none' });

export const registerPetition = ({ data, metadata }: RegisterPetition, state: Petition): PetitionRegistered => {
  if (state.status !== 'none') throw new IllegalStateError(`Petition ${data.petitionId} is already registered`);
  return { type: 'PetitionRegistered', data, metadata: { actor: metadata.actor, recordedAt: metadata.now.toISOString() } };
};

export const decide = (command: PetitionCommand, state: Petition): PetitionEvent => {
  const { type } = command;
  switch (type) {
    case 'RegisterPetition':
      return registerPetition(command, state);
    default: {
      const unknown: never = type;
      throw new IllegalStateError(`Unknown command ${String(unknown)}`);
    }
  }
};

export const evolve = (state: Petition, event: PetitionEvent): Petition => {
  const { type, data } = event;
  switch (type) {
    case 'PetitionRegistered':
      return { status: 'registered', petitionId: data.petitionId, category: data.category, responsibleUnit: data.responsibleUnit };
    default: {
      const unknown: never = type;
      return unknown;
    }
  }
};

export const petitionDecider: Decider<Petition, PetitionCommand, PetitionEvent> = { decide, evolve, initialState };
