# run_coroutine_threadsafe submits a coroutine to a loop running in another thread and returns a
# concurrent.futures.Future that the calling thread can block on.
import asyncio
import concurrent.futures
import threading


async def compute(x):
    await asyncio.sleep(0.01)
    return x * x, threading.current_thread().name


async def fail():
    await asyncio.sleep(0)
    raise KeyError("remote")


async def forever():
    await asyncio.sleep(10)


async def drain():
    # Lets the loop finish the cancelled task before it is stopped.
    others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    await asyncio.gather(*others, return_exceptions=True)


loop = asyncio.new_event_loop()
ready = threading.Event()


def run_loop():
    asyncio.set_event_loop(loop)
    loop.call_soon(ready.set)
    loop.run_forever()


t = threading.Thread(target=run_loop, name="loop-thread")
t.start()
ready.wait()
fut = asyncio.run_coroutine_threadsafe(compute(7), loop)
print("is a concurrent.futures.Future:", isinstance(fut, concurrent.futures.Future))
print("result:", fut.result(timeout=5))
futs = [asyncio.run_coroutine_threadsafe(compute(i), loop) for i in range(4)]
print("several:", [f.result(timeout=5)[0] for f in futs])
try:
    asyncio.run_coroutine_threadsafe(fail(), loop).result(timeout=5)
except KeyError as e:
    print("exception from the loop:", repr(e))
slow = asyncio.run_coroutine_threadsafe(forever(), loop)
try:
    slow.result(timeout=0.05)
except TimeoutError:
    print("result(timeout) timed out")
print("cancel the remote coroutine:", slow.cancel())
try:
    slow.result(timeout=5)
except concurrent.futures.CancelledError:
    print("remote task cancelled:", slow.cancelled())
asyncio.run_coroutine_threadsafe(drain(), loop).result(timeout=5)
loop.call_soon_threadsafe(loop.stop)
t.join()
loop.close()
print("loop closed:", loop.is_closed())
