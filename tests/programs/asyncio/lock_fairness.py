# asyncio.Lock: waiters acquire in the order they started waiting (FIFO); async with releases on exit, even
# on an exception; releasing an unlocked lock raises RuntimeError.
import asyncio

order = []


async def worker(lock, name):
    async with lock:
        order.append(f"{name} in")
        await asyncio.sleep(0)
        order.append(f"{name} out")


async def main():
    lock = asyncio.Lock()
    print("locked at start:", lock.locked())
    await lock.acquire()
    tasks = []
    for name in ["w1", "w2", "w3", "w4"]:
        tasks.append(asyncio.create_task(worker(lock, name)))
        await asyncio.sleep(0)  # each one queues up behind the lock before the next is created
    print("locked while held:", lock.locked())
    order.append("main releases")
    lock.release()
    await asyncio.gather(*tasks)
    print("order:", order)
    print("locked at end:", lock.locked())

    try:
        async with lock:
            raise ValueError("inside")
    except ValueError:
        print("released after exception:", not lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("release unlocked:", e)
    print("acquire returns:", await lock.acquire())
    lock.release()

    # A cancelled waiter gives up its place in the queue.
    await lock.acquire()
    t1 = asyncio.create_task(worker(lock, "cancelled"))
    t2 = asyncio.create_task(worker(lock, "next"))
    await asyncio.sleep(0)
    t1.cancel()
    order.clear()
    lock.release()
    await asyncio.gather(t1, t2, return_exceptions=True)
    print("after a cancelled waiter:", order, t1.cancelled())


asyncio.run(main())
