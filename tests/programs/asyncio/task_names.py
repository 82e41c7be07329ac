# Task names: default 'Task-N' numbered from 1 in creation order (asyncio.run's main task is Task-1),
# explicit name=..., set_name, and get_coro returning the wrapped coroutine.
import asyncio


async def job(n):
    await asyncio.sleep(0)
    return n


async def main():
    me = asyncio.current_task()
    print("main task:", me.get_name())
    t1 = asyncio.create_task(job(1))
    t2 = asyncio.create_task(job(2), name="worker")
    t3 = asyncio.create_task(job(3))
    print("names:", t1.get_name(), t2.get_name(), t3.get_name())
    t3.set_name("renamed")
    print("after set_name:", t3.get_name())
    t1.set_name(42)
    print("set_name(42) stores:", repr(t1.get_name()))
    coro = t2.get_coro()
    print("get_coro:", type(coro).__name__, coro.__name__, coro.__qualname__)
    await asyncio.gather(t1, t2, t3)
    t4 = asyncio.ensure_future(job(4))
    print("ensure_future name:", t4.get_name())
    await t4
    print("gather wraps coroutines in tasks too:", await asyncio.gather(job(5)))
    print("next default name:", asyncio.create_task(job(6)).get_name())


asyncio.run(main())
