# Nested gathers give nested lists; cancelling the outer gather reaches the inner children.
import asyncio

log = []


async def val(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def sleeper(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(name)
        raise


async def main():
    inner1 = asyncio.gather(val(1, 0.02), val(2))
    inner2 = asyncio.gather(val(3), asyncio.gather(val(4, 0.01), val(5)))
    print("nested:", await asyncio.gather(inner1, inner2, val(6)))

    outer = asyncio.gather(asyncio.gather(sleeper("i1"), sleeper("i2")), sleeper("o1"))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled())
    print("cancelled children:", sorted(log))


asyncio.run(main())
