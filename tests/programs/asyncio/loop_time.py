# loop.time() is monotonic and advances with sleeps; it follows time.monotonic().
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    samples = [loop.time()]
    for _ in range(5):
        await asyncio.sleep(0)
        samples.append(loop.time())
    print("non-decreasing:", all(a <= b for a, b in zip(samples, samples[1:])))
    t0 = loop.time()
    await asyncio.sleep(0.05)
    dt = loop.time() - t0
    print("sleep(0.05) advanced at least 0.04:", dt >= 0.04, "and under 2 s:", dt < 2)
    mono = time.monotonic()
    print("close to time.monotonic():", abs(loop.time() - mono) < 0.5)
    print("type:", type(loop.time()).__name__)


asyncio.run(main())
