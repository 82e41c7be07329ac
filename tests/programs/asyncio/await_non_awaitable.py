# Awaiting something that is not awaitable raises TypeError with CPython's message.
import asyncio


class Plain:
    pass


async def await_it(value):
    return await value


async def main():
    for value in (5, "text", None, Plain(), [1]):
        try:
            await await_it(value)
        except TypeError as e:
            print(f"{type(value).__name__}: {e}")
    try:
        await asyncio.gather(5)
    except TypeError as e:
        print("gather(5):", e)


asyncio.run(main())
