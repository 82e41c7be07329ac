# asyncio.shield: cancelling the awaiter does not cancel the shielded task, which runs to completion.
import asyncio

log = []


async def important():
    await asyncio.sleep(0.15)
    log.append("important finished")
    return "saved"


async def waiter(task):
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        log.append("waiter cancelled")
        raise


async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        log.append("main saw outer cancelled")
    print("inner done yet:", inner.done(), "cancelled:", inner.cancelled())
    print("inner result:", await inner)
    print("log:", log)

    # Shielding a finished future returns its result directly.
    print("shield of done task:", await asyncio.shield(inner))
    # The future that shield returns can be cancelled on its own.
    inner2 = asyncio.create_task(important())
    sh = asyncio.shield(inner2)
    sh.cancel()
    await asyncio.sleep(0)
    print("shield future cancelled:", sh.cancelled(), "inner cancelled:", inner2.cancelled())
    print("inner2:", await inner2)


asyncio.run(main())
