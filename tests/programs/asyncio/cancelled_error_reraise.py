# CancelledError handling: catch, clean up (even with an await) and re-raise -> the task is cancelled;
# swallow it and return -> the task finishes normally with that value; `except Exception` does not catch it.
import asyncio

log = []


async def reraiser():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("reraiser: cleaning up")
        await asyncio.sleep(0)
        log.append("reraiser: re-raising")
        raise


async def swallower():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("swallower: swallowed")
    return "finished anyway"


async def broad():
    try:
        await asyncio.sleep(1)
    except Exception:
        log.append("broad: caught by except Exception (wrong)")
    return "not reached"


async def main():
    tasks = {name: asyncio.create_task(fn(), name=name) for name, fn in
             (("reraiser", reraiser), ("swallower", swallower), ("broad", broad))}
    await asyncio.sleep(0)
    for t in tasks.values():
        t.cancel()
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    for (name, t), r in zip(tasks.items(), results):
        print(f"{name}: cancelled={t.cancelled()} result={type(r).__name__}:{r!s}")
    print("log:", log)

    # Cancelling twice: cancelling() counts requests; uncancel() takes one back.
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("cancelling() after two cancels:", t.cancelling())
    print("uncancel() returns:", t.uncancel())
    await asyncio.gather(t, return_exceptions=True)
    print("still cancelled:", t.cancelled())


asyncio.run(main())
