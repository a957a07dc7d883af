/**
 * A state machine as a transitions table (Vendure's order process is the model): the only moves a
 * state may make. Anything not listed is refused, so a late or duplicated event cannot move an
 * order backwards. Pure; each of the order's machines is one of these.
 */
export interface StateMachine<S extends string> {
  readonly states: readonly S[];
  readonly transitions: Readonly<Record<S, readonly S[]>>;
  canTransition(from: S, to: S): boolean;
  /** The states from which `to` may be reached: the WHERE clause of a compare-and-set. */
  leadingTo(to: S): S[];
  /** States no transition leaves. */
  isFinal(state: S): boolean;
  is(value: unknown): value is S;
}

export function stateMachine<S extends string>(states: readonly S[], transitions: Readonly<Record<S, readonly S[]>>): StateMachine<S> {
  const canTransition = (from: S, to: S) => transitions[from].includes(to);
  return {
    states,
    transitions,
    canTransition,
    leadingTo: (to) => states.filter((from) => canTransition(from, to)),
    isFinal: (state) => transitions[state].length === 0,
    is: (value): value is S => typeof value === 'string' && (states as readonly string[]).includes(value),
  };
}
