# asyncio.iscoroutinefunction / iscoroutine tell async functions and coroutine objects from the rest.
import asyncio


async def coro_fn():
    return 1


def plain_fn():
    return 1


def gen_fn():
    yield 1


async def agen_fn():
    yield 1


class C:
    async def method(self):
        return 2


print("iscoroutinefunction:", asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain_fn),
      asyncio.iscoroutinefunction(gen_fn), asyncio.iscoroutinefunction(agen_fn),
      asyncio.iscoroutinefunction(C().method), asyncio.iscoroutinefunction(lambda: 0))
c = coro_fn()
g = gen_fn()
print("iscoroutine:", asyncio.iscoroutine(c), asyncio.iscoroutine(coro_fn), asyncio.iscoroutine(42))
m = C().method()
print("coroutine attributes:", c.__name__, c.__qualname__, m.__qualname__)
m.close()
g.close()
try:
    c.send(None)
except StopIteration as e:
    print("driving by hand: StopIteration value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("resume finished coroutine:", e)
c2 = coro_fn()
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print("resume closed coroutine:", e)


async def main():
    task = asyncio.create_task(coro_fn())
    print("a task is not a coroutine:", asyncio.iscoroutine(task), "but is a future:", asyncio.isfuture(task))
    await task


asyncio.run(main())
