# Handle.cancel / TimerHandle.cancel stop a scheduled callback; cancelled() reports it; when() is the deadline.
import asyncio

log = []


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(log.append, "soon kept")
    h2 = loop.call_soon(log.append, "soon cancelled")
    h3 = loop.call_later(0.01, log.append, "later cancelled")
    h4 = loop.call_later(0.02, log.append, "later kept")
    print("types:", type(h1).__name__, type(h3).__name__)
    print("is Handle:", isinstance(h3, asyncio.Handle), isinstance(h3, asyncio.TimerHandle))
    print("cancelled before:", h2.cancelled(), h3.cancelled())
    h2.cancel()
    h3.cancel()
    h3.cancel()  # twice is harmless
    print("cancelled after:", h1.cancelled(), h2.cancelled(), h3.cancelled(), h4.cancelled())
    print("when() is a float in the future:", isinstance(h4.when(), float), h4.when() > loop.time())
    await asyncio.sleep(0.05)
    h1.cancel()  # cancelling after it ran changes nothing
    print("log:", log)

    # A callback can cancel a later one scheduled in the same turn.
    h6 = None

    def canceller():
        log.append("canceller")
        h6.cancel()

    loop.call_soon(canceller)
    h6 = loop.call_soon(log.append, "never")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("log:", log)


asyncio.run(main())
