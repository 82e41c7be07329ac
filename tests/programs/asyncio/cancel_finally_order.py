# Cancelling a task unwinds its coroutine stack: innermost finally first, and a finally may still await.
import asyncio

log = []


async def level3():
    try:
        log.append("level3 sleeping")
        await asyncio.sleep(1)
    finally:
        log.append("level3 finally")


async def level2():
    try:
        await level3()
    finally:
        log.append("level2 finally (awaiting cleanup)")
        await asyncio.sleep(0)
        log.append("level2 cleanup done")


async def level1():
    try:
        await level2()
        log.append("never reached")
    finally:
        log.append("level1 finally")


async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0.01)
    log.append("main cancels")
    t.cancel()
    log.append("cancel() returned")
    try:
        await t
    except asyncio.CancelledError:
        log.append("main: task cancelled")
    for line in log:
        print(line)

    # with-statement cleanup runs on cancellation too.
    class Resource:
        def __enter__(self):
            print("resource acquired")
            return self

        def __exit__(self, et, ev, tb):
            print("resource released, exc type:", et.__name__)
            return False

    async def uses_resource():
        with Resource():
            await asyncio.sleep(1)

    t2 = asyncio.create_task(uses_resource())
    await asyncio.sleep(0)
    t2.cancel()
    await asyncio.gather(t2, return_exceptions=True)
    print("cancelled:", t2.cancelled())


asyncio.run(main())
