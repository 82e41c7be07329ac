# asyncio.run inside threading.Thread: each thread gets its own event loop, and they run at the same time
# (timed from the moment all three threads are running, so that thread start-up does not count).
import asyncio
import threading
import time

results = {}
loops = {}
spans = {}
ready = threading.Barrier(3)


async def job(name, delay):
    loops[name] = asyncio.get_running_loop()
    await asyncio.sleep(delay)
    return f"{name} on {threading.current_thread().name}"


def thread_main(name):
    ready.wait(5)
    start = time.monotonic()
    results[name] = asyncio.run(job(name, 0.2))
    spans[name] = (start, time.monotonic())


threads = [threading.Thread(target=thread_main, args=(f"t{i}",), name=f"T{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = max(end for _, end in spans.values()) - min(start for start, _ in spans.values())
for name in sorted(results):
    print(results[name])
print("distinct loops:", len(set(id(l) for l in loops.values())))
print("all closed:", all(l.is_closed() for l in loops.values()))
print("ran concurrently (3 x 0.2 s in < 0.45 s):", elapsed < 0.45)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("main thread:", e)
print("main thread can run its own:", asyncio.run(job("main", 0)))
