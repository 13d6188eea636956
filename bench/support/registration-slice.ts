import { DatabaseCpu } from './database-cpu.ts';
import type { RegistrationService } from './peer-process.ts';
import { registrationLoad } from './registration-load.ts';

/** A registration service under test, with the database of its own that it writes to. */
export interface Contender {
  readonly name: string;
  readonly service: RegistrationService;
  readonly token: string;
  readonly database: DatabaseCpu;
}

/** One slice of load on one contender. CPU counts from the slice's start until its process is idle again. */
export interface SliceResult {
  readonly created: number;
  readonly failed: number;
  readonly seconds: number;
  readonly p50: number;
  readonly p99: number;
  readonly apiCpuSeconds: number;
  /** NaN when the server's backends are not visible from here. */
  readonly postgresCpuSeconds: number;
  readonly peakRssBytes: number;
  /** How long the service stayed busy after its slice. */
  readonly settleSeconds: number;
}

const SETTLE_POLL_MS = 250;
/** At most one 10 ms clock tick in each of two polls in a row: the process has finished what the load left behind. */
const IDLE_TICKS = 0.01;
const SETTLE_LIMIT_MS = 30_000;

/**
 * `POST /petitions` at 16 connections for `seconds`. Then, before the next contender's slice, the
 * contender is left to finish what the load started (xinfang's projections catch up after it),
 * and that work is counted in its CPU, not in the next one's slice.
 */
export async function runSlice(contender: Contender, seconds: number): Promise<SliceResult> {
  const { service, database } = contender;
  await database.start();
  const apiCpuBefore = service.cpuSeconds();
  let peakRssBytes = service.rssBytes();
  const sampler = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, service.rssBytes())), 200);
  try {
    const result = await registrationLoad(service.url, contender.token, seconds);
    const loadEnded = performance.now();
    await untilIdle(service);
    const settleSeconds = (performance.now() - loadEnded) / 1000;
    const postgresCpuSeconds = await database.stop();
    return {
      created: result['2xx'],
      failed: result.non2xx + result.errors,
      seconds: result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      apiCpuSeconds: service.cpuSeconds() - apiCpuBefore,
      postgresCpuSeconds: database.available ? postgresCpuSeconds : NaN,
      peakRssBytes,
      settleSeconds,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** Fails with what the service said unless one registration answers 201, so a broken set-up stops the run before any load. */
export async function checkRegisters(contender: Contender, body: string): Promise<void> {
  const response = await fetch(`${contender.service.url}/petitions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${contender.token}`, 'content-type': 'application/json' },
    body,
  });
  if (response.status !== 201) throw new Error(`${contender.name} answered a registration with ${response.status}: ${await response.text()}`);
}

async function untilIdle(service: RegistrationService): Promise<void> {
  const deadline = Date.now() + SETTLE_LIMIT_MS;
  let quietPolls = 0;
  let last = service.cpuSeconds();
  while (quietPolls < 2 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
    const now = service.cpuSeconds();
    quietPolls = now - last <= IDLE_TICKS + 1e-9 ? quietPolls + 1 : 0;
    last = now;
  }
}
