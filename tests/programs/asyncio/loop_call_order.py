# loop.call_soon runs callbacks FIFO on the next turn; call_later/call_at run by deadline; a timer that is
# already due runs after the callbacks that were ready in the same turn; two timers with the same delay or
# the same call_at deadline run in the order they were scheduled.
import asyncio

log = []


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    t0 = loop.time()
    loop.call_later(0.08, log.append, "later 0.08")
    loop.call_later(0.02, log.append, "later 0.02")
    loop.call_soon(log.append, "soon 1")
    loop.call_later(0, log.append, "later 0")
    loop.call_soon(log.append, "soon 2")
    loop.call_at(t0 + 0.05, log.append, "at +0.05")
    loop.call_at(t0 - 1, log.append, "at -1 (past)")
    loop.call_later(0.1, done.set_result, None)
    log.append("scheduled all")
    await done

    # Ties. Only the two tied timers are in the heap, so this checks FIFO order, not a heap's tie-breaking.
    loop.call_later(0.01, log.append, "same delay (1st)")
    loop.call_later(0.01, log.append, "same delay (2nd)")
    await asyncio.sleep(0.03)
    when = loop.time() + 0.01
    loop.call_at(when, log.append, "same deadline (1st)")
    loop.call_at(when, log.append, "same deadline (2nd)")
    await asyncio.sleep(0.03)

    def chain(n):
        log.append(f"chain {n}")
        if n < 3:
            loop.call_soon(chain, n + 1)

    loop.call_soon(chain, 1)
    loop.call_soon(log.append, "after chain 1")
    await asyncio.sleep(0.01)


asyncio.run(main())
for line in log:
    print(line)
