# Cancelling a task that sits in wait_for cancels the inner awaitable as well.
import asyncio

log = []


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise


async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        log.append("outer cancelled")
        raise


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw CancelledError")
    print(log)
    print("outer cancelled:", t.cancelled())


asyncio.run(main())
