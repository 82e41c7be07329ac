# Async comprehensions: `async for` in list/set/dict comprehensions and generator expressions, and
# `await` inside comprehensions.
import asyncio


async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    print("list:", [x async for x in arange(5)])
    print("filtered:", [x async for x in arange(10) if x % 3 == 0])
    print("set:", sorted({x % 3 async for x in arange(7)}))
    print("dict:", {x: x * 2 async for x in arange(4)})
    print("await in comprehension:", [await square(x) for x in range(4)])
    print("both:", [await square(x) async for x in arange(3)])
    gen = (x + 100 async for x in arange(3))
    print("async genexp type:", type(gen).__name__)
    print("consumed:", [y async for y in gen])
    print("nested:", [(x, y) async for x in arange(2) for y in range(2)])


asyncio.run(main())
