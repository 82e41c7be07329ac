# asyncio.timeout (3.11): the block is cancelled at the deadline and TimeoutError is raised at the
# `async with`; expired(), when(), reschedule(), and timeout(None) that never fires.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    inside = []
    try:
        async with asyncio.timeout(0.05) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                inside.append("block saw CancelledError")
                raise
    except TimeoutError:
        print("TimeoutError raised outside the block")
    print("inside:", inside, "expired:", cm.expired())

    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.01)
    print("finished in time, expired:", cm.expired())

    async with asyncio.timeout(None) as cm:
        print("timeout(None).when():", cm.when())
        await asyncio.sleep(0.01)
    print("no deadline, expired:", cm.expired())

    try:
        async with asyncio.timeout(None) as cm:
            deadline = loop.time() + 0.03
            cm.reschedule(deadline)
            print("when() after reschedule is the deadline:", cm.when() == deadline)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout fired, expired:", cm.expired())

    try:
        async with asyncio.timeout(0.02) as cm:
            cm.reschedule(None)
            await asyncio.sleep(0.05)
        print("reschedule(None) disarmed it, expired:", cm.expired())
    except TimeoutError:
        print("should not time out")

    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("a deadline in the past times out at the first await")


asyncio.run(main())
