// Test helper: a seeded generator of random doubles and big ints, so generated cases repeat on every run.

/** xorshift128+ returning uniform numbers in [0, 1). */
export function makeRng(seed: number): () => number {
  let s0 = BigInt(seed) | 1n;
  let s1 = 0x9e3779b97f4a7c15n;
  const M = (1n << 64n) - 1n;
  return () => {
    let x = s0;
    const y = s1;
    s0 = y;
    x ^= (x << 23n) & M;
    s1 = x ^ y ^ (x >> 17n) ^ (y >> 26n);
    return Number(((s1 + y) & M) >> 11n) / 2 ** 53;
  };
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** A double with uniformly random bits (finite only). */
export function randomDouble(rng: () => number): number {
  for (;;) {
    u32[0] = Math.floor(rng() * 2 ** 32);
    u32[1] = Math.floor(rng() * 2 ** 32);
    if (Number.isFinite(f64[0]!)) return f64[0]!;
  }
}

/** A decimal-looking double such as 12.5 or -0.00034. */
export function randomNiceDouble(rng: () => number): number {
  const digits = Math.floor(rng() * 6);
  const exp = Math.floor(rng() * 30) - 15;
  return (Math.round(rng() * 10 ** digits) / 10 ** digits) * 10 ** exp * (rng() < 0.3 ? -1 : 1);
}

/** A random int of 1..maxBits bits, negative 40% of the time. */
export function randomBig(rng: () => number, maxBits: number): bigint {
  const bits = 1 + Math.floor(rng() * maxBits);
  let v = 0n;
  for (let k = 0; k < bits; k += 30) v = (v << 30n) | BigInt(Math.floor(rng() * 2 ** 30));
  v >>= BigInt(Math.max(0, Math.ceil(bits / 30) * 30 - bits));
  return rng() < 0.4 ? -v : v;
}
