/**
 * An aggregate as three pure functions (Emmett's decider): the state is a left fold of the events
 * through `evolve`, and `decide` answers a command from that state with the events to append, or
 * throws. Nothing here reads a clock, a database or a framework.
 */
export interface Decider<Command, Event, State> {
  initialState: () => State;
  decide: (command: Command, state: State) => Event[];
  evolve: (state: State, event: Event) => State;
}
