# wait_for returns the result when it comes in time; on timeout it cancels the inner task, waits for its
# cleanup, and raises TimeoutError (asyncio.TimeoutError is the builtin TimeoutError in 3.11).
import asyncio

log = []


async def job(delay, name):
    try:
        await asyncio.sleep(delay)
        return f"{name} done"
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} cleanup")


async def main():
    print("in time:", await asyncio.wait_for(job(0.01, "quick"), timeout=1))
    task = asyncio.create_task(job(1, "slow"))
    try:
        await asyncio.wait_for(task, timeout=0.05)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, repr(str(e)))
    print("inner task cancelled:", task.cancelled())
    print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)
    print("timeout=None waits:", await asyncio.wait_for(job(0.01, "none"), timeout=None))
    try:
        await asyncio.wait_for(job(0.5, "zero"), timeout=0)
    except TimeoutError:
        print("timeout=0 raises TimeoutError at once")
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print("done future with timeout=0:", await asyncio.wait_for(fut, timeout=0))
    print("log:", log)


asyncio.run(main())
