# Task.cancel(msg): the coroutine sees CancelledError(msg); the task ends cancelled, done, and cancel() afterwards is False.
import asyncio


async def sleeper(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(("inside", e.args))
        raise


async def main():
    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    print("cancel returns:", t.cancel("stop now"))
    print("cancelling():", t.cancelling())
    print("done right after cancel:", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting the task raised CancelledError, args:", e.args)
    print("log:", log)
    print("cancelled:", t.cancelled(), "done:", t.done())
    print("cancel on a finished task:", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raised CancelledError, args:", e.args)
    try:
        t.exception()
    except asyncio.CancelledError:
        print("exception() raised CancelledError too")

    # Cancelled before it ever ran: the coroutine body never starts.
    started = []

    async def never():
        started.append(True)

    t2 = asyncio.create_task(never())
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError as e:
        print("cancelled before start:", t2.cancelled(), "started:", started, "args:", e.args)
    print("CancelledError is BaseException, not Exception:",
          issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
