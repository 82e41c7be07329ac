# asyncio.wait: ALL_COMPLETED (the default) waits for every task; with a timeout the unfinished ones
# come back in the pending set and keep running (wait does not cancel them).
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(d), name=f"t{i}") for i, d in enumerate((0.02, 0.01, 0.03))]
    done, pending = await asyncio.wait(tasks)
    print("all:", names(done), "pending:", names(pending))
    print("results:", sorted(t.result() for t in done))

    tasks = [asyncio.create_task(job(d), name=n) for n, d in (("fast", 0.01), ("slow", 0.5), ("slower", 0.6))]
    done, pending = await asyncio.wait(tasks, timeout=0.2)
    print("timeout done:", names(done))
    print("timeout pending:", names(pending))
    print("pending cancelled by wait:", any(t.cancelled() for t in pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending, timeout=1)
    print("after cancel:", names(done), all(t.cancelled() for t in done))


asyncio.run(main())
