/**
 * A seeded pseudo-random generator (mulberry32) so that the query set and its
 * perturbations are identical on every run and every machine.
 */

export type Random = () => number;

export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [0, n). */
export function pick(random: Random, n: number): number {
  return Math.floor(random() * n);
}
