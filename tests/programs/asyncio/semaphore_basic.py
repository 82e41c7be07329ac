# asyncio.Semaphore limits how many tasks are inside at once; BoundedSemaphore refuses an extra release.
import asyncio

active = 0
peak = 0
entered = []


async def limited(sem, name):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        entered.append(name)
        await asyncio.sleep(0.01)
        active -= 1


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, f"t{i}") for i in range(6)))
    print("peak concurrency:", peak)
    print("entry order:", entered)
    print("locked:", sem.locked())

    s = asyncio.Semaphore(1)
    print("acquire:", await s.acquire(), "locked:", s.locked())
    s.release()
    s.release()  # a plain Semaphore may be released beyond its start value
    print("after two releases, two acquires without waiting:", await s.acquire(), await s.acquire())

    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("BoundedSemaphore:", type(e).__name__, e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("negative value:", e)


asyncio.run(main())
