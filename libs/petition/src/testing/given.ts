import type { Decider } from '../core/decider.types.js';

type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

export interface DeciderThen<Event> {
  /** The command is accepted and yields exactly these events (no extra keys, none `undefined`). */
  then(expected: Event[]): void;
  /** The command is refused with this error class; `partialMatch` is checked with `toMatchObject`. */
  thenThrows<E extends Error>(errorClass: ErrorClass<E>, partialMatch?: Partial<Record<keyof E, unknown>>): E;
}

/**
 * given(decider, history).when(command).then(events) / .thenThrows(Error, { … }), Emmett-style.
 * The object `when` returns has a `then` method, so it must not be awaited or returned from an
 * async test: call `.then(...)` or `.thenThrows(...)` on it directly.
 */
export function given<Command, Event, State>(
  decider: Decider<Command, Event, State>,
  history: Event[],
): { when(command: Command): DeciderThen<Event> } {
  return {
    when(command: Command): DeciderThen<Event> {
      const run = () => decider.decide(command, history.reduce(decider.evolve, decider.initialState()));
      return {
        then(expected) {
          expect(run()).toStrictEqual(expected);
        },
        thenThrows(errorClass, partialMatch) {
          let thrown: unknown;
          try {
            run();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(errorClass);
          if (partialMatch) expect(thrown).toMatchObject(partialMatch);
          return thrown as InstanceType<typeof errorClass>;
        },
      };
    },
  };
}
