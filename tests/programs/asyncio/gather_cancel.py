# Cancelling the future returned by gather cancels every child that has not finished.
import asyncio

log = []


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    quick = asyncio.create_task(child("quick", 0))
    a = asyncio.create_task(child("a", 1))
    b = asyncio.create_task(child("b", 1))
    g = asyncio.gather(quick, a, b)
    await asyncio.sleep(0.01)
    print("quick done before cancel:", quick.done())
    print("gather.cancel():", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("await gather raised CancelledError")
    print("gather cancelled:", g.cancelled())
    print("children cancelled:", quick.cancelled(), a.cancelled(), b.cancelled())
    print("log:", log)

    # Cancelling a child (not the gather) makes gather raise CancelledError, unless return_exceptions=True.
    c = asyncio.create_task(child("c", 1))
    d = asyncio.create_task(child("d", 0.01))
    g2 = asyncio.gather(c, d, return_exceptions=True)
    await asyncio.sleep(0)
    c.cancel()
    res = await g2
    print("child cancelled, return_exceptions=True:", [type(r).__name__ for r in res])


asyncio.run(main())
