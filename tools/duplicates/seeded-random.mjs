// A seeded generator (mulberry32): 32-bit integer steps, so a sequence repeats only after 2^32 draws
// and runs that share a seed draw the same numbers. For generated test data and benchmarks.
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
