# An exception that escapes the main coroutine propagates out of asyncio.run: traceback on stderr, exit 1.
import asyncio


async def step(n):
    await asyncio.sleep(0)
    if n == 2:
        raise LookupError(f"step {n} failed")
    return n


async def main():
    for n in range(5):
        print("step", await step(n))


asyncio.run(main())
print("not reached")
