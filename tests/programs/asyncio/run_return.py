# asyncio.run returns the coroutine's return value; awaiting coroutines passes values and exceptions through.
import asyncio


async def add(a, b):
    return a + b


async def twice(x):
    y = await add(x, x)
    return [x, y]


async def nothing():
    pass


async def main():
    total = await add(2, 3)
    print("add:", total)
    print("twice:", await twice(21))
    print("nothing:", await nothing())
    try:
        await add(1, "x")
    except TypeError as e:
        print("TypeError:", e)
    return {"total": total, "tuple": (1, 2)}


result = asyncio.run(main())
print("asyncio.run returned:", result)
print("second run:", asyncio.run(add(40, 2)))
coro = add(1, 1)
print("coroutine type:", type(coro).__name__)
coro.close()
