# Hello World with asyncio.gather: two coroutines wait at the same time, so the program takes as long as
# the longer wait (0.2 s), not the sum (0.3 s). gather returns their results in argument order.
#
# Run it:   npx pygil programs/async_hello_world.py
#           python3 programs/async_hello_world.py
# stdout is the same on every run; how long it took goes to stderr.
import asyncio
import sys
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(say_after(0.2, "World"), say_after(0.1, "Hello"))
    elapsed = time.perf_counter() - start
    print("gather's results, in argument order:", results)
    print("the two waits overlapped:", elapsed < 0.29)
    print(f"[async_hello_world.py] finished in {elapsed:.3f} s (0.3 s if run one after the other)", file=sys.stderr)


asyncio.run(main())
