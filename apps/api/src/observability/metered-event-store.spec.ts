import { type EventStore, WrongExpectedVersionError } from '@xinfang/event-store';
import { Registry } from 'prom-client';
import { EventStoreMetrics, MeteredEventStore } from './metered-event-store.js';

describe('MeteredEventStore', () => {
  const appendsAnswering = (append: EventStore['appendToStream']) => ({ appendToStream: append }) as EventStore;

  it('counts and times each append by outcome, passing results and errors through', async () => {
    const registry = new Registry();
    const metrics = new EventStoreMetrics(registry);
    const result = { nextExpectedVersion: 0n, position: { commit: 1n, prepare: 1n } };
    const conflict = new WrongExpectedVersionError('petition-1', 0n, 1n);
    const outage = new Error('connection lost');
    await expect(new MeteredEventStore(appendsAnswering(async () => result), metrics).appendToStream('petition-1', [])).resolves.toBe(result);
    await expect(new MeteredEventStore(appendsAnswering(() => Promise.reject(conflict)), metrics).appendToStream('petition-1', [])).rejects.toBe(conflict);
    await expect(new MeteredEventStore(appendsAnswering(() => Promise.reject(outage)), metrics).appendToStream('petition-1', [])).rejects.toBe(outage);
    const text = await registry.metrics();
    for (const outcome of ['appended', 'wrong_expected_version', 'failed']) {
      expect(text).toContain(`xinfang_event_store_appends_total{outcome="${outcome}"} 1`);
      expect(text).toContain(`xinfang_event_store_append_duration_seconds_count{outcome="${outcome}"} 1`);
    }
  });
});
