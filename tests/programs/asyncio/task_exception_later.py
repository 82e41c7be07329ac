# An exception raised in a task is kept until someone awaits the task, and raised there (every time);
# other tasks keep running meanwhile.
import asyncio

log = []


async def explode():
    log.append("explode running")
    await asyncio.sleep(0)
    raise ZeroDivisionError("deferred")


async def bystander():
    for i in range(3):
        log.append(f"bystander {i}")
        await asyncio.sleep(0)


async def main():
    bad = asyncio.create_task(explode())
    await bystander()
    print("bad done before await:", bad.done())
    try:
        await bad
    except ZeroDivisionError as e:
        print("raised at await:", repr(e))
    try:
        await bad
    except ZeroDivisionError as e:
        print("awaiting again raises the same exception object:", e is bad.exception())
    print("log:", log)


asyncio.run(main())
