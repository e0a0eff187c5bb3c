// Timing helpers shared by the benchmark's sections.

/** A deterministic generator, so that every run measures the same data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

let sink = 0;
/** Keeps a result alive, so that the engine cannot skip the work that made it. */
export function consume(value: unknown): void {
  sink += typeof value === "number" ? value : Array.isArray(value) ? value.length : 1;
  if (sink === 0.5) console.log("");
}

/** Milliseconds one call takes. */
export function time(run: () => unknown): number {
  const start = process.hrtime.bigint();
  consume(run());
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Medians of two functions timed alternately, so that the machine's drift touches both sides alike. `settle`,
 * when given, runs untimed before each timed call (a collection of the young generation): each side then pays
 * for collecting its own garbage only, not for what the other side left (two sides that allocate half the young
 * generation each would otherwise hand every collection to the same side).
 */
export function race(
  a: () => unknown,
  b: () => unknown,
  runs: number,
  settle?: () => void,
): [number, number] {
  for (let i = 0; i < 2; i++) {
    consume(a());
    consume(b());
  }
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let i = 0; i < runs; i++) {
    settle?.();
    timesB.push(time(b));
    settle?.();
    timesA.push(time(a));
  }
  return [median(timesA), median(timesB)];
}
