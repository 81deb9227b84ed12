import { createPrng } from '../../../src/baselines/synthetic/prng.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same stream on every machine. */
export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** integer in [lo, hi] */
  int(lo: number, hi: number): number;
  /** true with probability p */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Fisher–Yates shuffle of a copy */
  shuffle<T>(items: readonly T[]): T[];
}

export function createRng(seed: number): Rng {
  // the same mulberry32 stream as the synthetic evaluation's generator
  const { next } = createPrng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[int(0, items.length - 1)]!,
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}

/** Seed of document i of a corpus with seed s: documents are independent, so a smaller corpus is a prefix of a larger one. */
export function docSeed(seed: number, i: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 2654435761) + Math.imul(i + 1, 0x85ebca6b)) >>> 0;
}
