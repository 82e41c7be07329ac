# run_forever runs until stop(); stop() lets the current turn finish; run_forever can be called again.
import asyncio

log = []
loop = asyncio.new_event_loop()


def tick(n):
    log.append(f"tick {n}")
    if n < 3:
        loop.call_soon(tick, n + 1)
    else:
        loop.stop()
        log.append("stop requested")


loop.call_soon(tick, 1)
loop.run_forever()
log.append("run_forever returned 1")
print("running after return:", loop.is_running())

loop.call_later(0.02, loop.stop)
loop.call_soon(log.append, "soon in run 2")
loop.call_later(0.01, log.append, "timer in run 2")
loop.run_forever()
log.append("run_forever returned 2")

# stop() before run_forever: it runs one turn and returns.
loop.call_soon(log.append, "soon in run 3")
loop.stop()
loop.call_soon(log.append, "also run 3")
loop.run_forever()
log.append("run_forever returned 3")


async def inside():
    try:
        loop.run_forever()
    except RuntimeError as e:
        log.append(f"nested run_forever: {e}")


loop.run_until_complete(inside())
loop.close()
for line in log:
    print(line)
