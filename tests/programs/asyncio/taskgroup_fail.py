# TaskGroup: when a task fails, the others are cancelled and the block raises an ExceptionGroup of the
# failures (CancelledErrors of the siblings are not included). The group cancels its tasks in no fixed
# order (CPython keeps them in a set), so the cancellation log is printed sorted.
import asyncio

log = []


async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def sibling(name):
    try:
        await asyncio.sleep(1)
        log.append(f"{name} finished")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            s1 = tg.create_task(sibling("s1"))
            s2 = tg.create_task(sibling("s2"))
            tg.create_task(fail("boom", 0.01))
    except ExceptionGroup as eg:
        print("caught:", type(eg).__name__)
        print("message:", str(eg))
        print("exceptions:", eg.exceptions)
    print("log:", sorted(log))
    print("siblings cancelled:", s1.cancelled(), s2.cancelled())

    try:
        async with asyncio.TaskGroup() as tg:
            # Both fail in the same turn of the loop (no timers involved), so both failures are collected.
            tg.create_task(fail("first", 0))
            tg.create_task(fail("second", 0))
    except ExceptionGroup as eg:
        print("two failures:", eg)
        print("exceptions:", eg.exceptions)

    # An exception in the body of the `async with` also cancels the tasks.
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("s3"))
            await asyncio.sleep(0)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("body failure:", eg, eg.exceptions)
    print("log:", log)


asyncio.run(main())
