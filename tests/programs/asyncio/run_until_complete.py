# new_event_loop + run_until_complete: return values, several runs on one loop, close, and a closed loop.
import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    return x * x


async def fail():
    await asyncio.sleep(0)
    raise ValueError("from the coroutine")


loop = asyncio.new_event_loop()
print("running:", loop.is_running(), "closed:", loop.is_closed())
print("first:", loop.run_until_complete(compute(3)))
print("second:", loop.run_until_complete(compute(4)))
task = loop.create_task(compute(5))
print("task created before running, done:", task.done())
print("task:", loop.run_until_complete(task))
fut = loop.create_future()
loop.call_soon(fut.set_result, "future value")
print("future:", loop.run_until_complete(fut))


async def both():
    return await asyncio.gather(compute(1), compute(2))


print("gather:", loop.run_until_complete(both()))
try:
    loop.run_until_complete(fail())
except ValueError as e:
    print("exception:", e)
loop.close()
print("closed:", loop.is_closed())
coro = compute(6)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("on a closed loop:", e)
coro.close()
loop.close()  # closing twice is allowed
other = asyncio.new_event_loop()
print("two loops are different objects:", other is not loop)
other.close()
