// A stand-in for the Excel custom-functions runtime: only what a real one exposes to functions.js
// (`CustomFunctions.associate`, `CustomFunctions.Error`, `CustomFunctions.ErrorCode`), nothing of ours.
import { runInNewContext } from "node:vm";

export const ERROR_CODES = {
  divisionByZero: "#DIV/0!",
  invalidName: "#NAME?",
  invalidNumber: "#NUM!",
  invalidReference: "#REF!",
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  nullReference: "#NULL!",
} as const;

export class RuntimeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export interface FakeRuntime {
  readonly associate: (id: string, fn: (...args: unknown[]) => unknown) => void;
  readonly Error: typeof RuntimeError;
  readonly ErrorCode: typeof ERROR_CODES;
}

/** Builds a runtime that records what is associated. */
export function fakeRuntime(): {
  runtime: FakeRuntime;
  registered: Map<string, (...args: unknown[]) => unknown>;
} {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const runtime: FakeRuntime = {
    associate: (id, fn) => {
      if (registered.has(id)) throw new Error(`${id} associated twice`);
      registered.set(id, fn);
    },
    Error: RuntimeError,
    ErrorCode: ERROR_CODES,
  };
  return { runtime, registered };
}

/**
 * Evaluates a functions bundle where the only global is `CustomFunctions` (plus what a JavaScript engine
 * has: no window, no document, no Office), and returns what it registered.
 */
export function loadFunctionsBundle(code: string): Map<string, (...args: unknown[]) => unknown> {
  const { runtime, registered } = fakeRuntime();
  runInNewContext(code, { CustomFunctions: runtime }, { filename: "functions.js" });
  return registered;
}

/** The differences between what functions.json declares and what the bundle registered. */
export function registrationProblems(declared: readonly string[], registered: Iterable<string>): string[] {
  const registeredIds = new Set(registered);
  const declaredIds = new Set(declared);
  return [
    ...[...declaredIds]
      .filter((id) => !registeredIds.has(id))
      .map((id) => `${id} is in functions.json but not registered`),
    ...[...registeredIds]
      .filter((id) => !declaredIds.has(id))
      .map((id) => `${id} is registered but not in functions.json`),
  ];
}

/** The runtime error a call throws, as Excel would catch it; fails the test when nothing is thrown. */
export function thrownBy(run: () => unknown): RuntimeError {
  try {
    run();
  } catch (error) {
    return error as RuntimeError;
  }
  throw new Error("nothing was thrown");
}
