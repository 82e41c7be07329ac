# Task.exception() returns the exception a task raised; result() re-raises it; a returning task's exception() is None.
import asyncio


async def fail(msg):
    await asyncio.sleep(0)
    raise KeyError(msg)


async def ok():
    return 7


async def main():
    bad = asyncio.create_task(fail("missing"))
    good = asyncio.create_task(ok())
    await asyncio.sleep(0.01)
    print("bad done:", bad.done(), "cancelled:", bad.cancelled())
    exc = bad.exception()
    print("exception():", type(exc).__name__, repr(exc))
    try:
        bad.result()
    except KeyError as e:
        print("result() raised:", repr(e), "same object:", e is exc)
    print("good:", good.result(), good.exception())


asyncio.run(main())
