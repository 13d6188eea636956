import { type DynamicModule, type FactoryProvider, type Provider } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants.js';
import type { EventStore } from '@xinfang/event-store';
import { EventStoreModule } from '../event-store/event-store.module.js';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { EventStoreMetrics, MeteredEventStore } from './metered-event-store.js';

const UNMETERED_EVENT_STORE = Symbol('UNMETERED_EVENT_STORE');

/**
 * EventStoreModule with its EVENT_STORE wrapped in MeteredEventStore. The module's own factory,
 * whichever adapter it builds, is kept under another token; a provider a dynamic module adds
 * replaces the module's provider of the same token, so every consumer gets the metered store.
 */
export function meteredEventStoreModule(): DynamicModule {
  return {
    module: EventStoreModule,
    providers: [
      { ...ownEventStoreProvider(), provide: UNMETERED_EVENT_STORE },
      {
        provide: EVENT_STORE,
        inject: [UNMETERED_EVENT_STORE, EventStoreMetrics],
        useFactory: (store: EventStore, metrics: EventStoreMetrics) => new MeteredEventStore(store, metrics),
      },
    ],
  };
}

function ownEventStoreProvider(): FactoryProvider<EventStore> {
  const providers = (Reflect.getMetadata(MODULE_METADATA.PROVIDERS, EventStoreModule) ?? []) as Provider[];
  const own = providers.find((provider): provider is FactoryProvider<EventStore> => typeof provider === 'object' && provider.provide === EVENT_STORE && 'useFactory' in provider);
  if (!own) throw new Error('EventStoreModule no longer provides EVENT_STORE through a factory; adapt meteredEventStoreModule');
  return own;
}
