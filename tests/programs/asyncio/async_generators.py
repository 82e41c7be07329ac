# Async generators: async for over one that awaits between yields, asend, anext() with and without a default,
# and two generators consumed by two tasks at once.
import asyncio

log = []


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        log.append(f"yield {i}")
        yield i
    log.append("ticker exhausted")


async def echo():
    received = None
    while True:
        received = yield f"echo {received}"


async def main():
    async for v in ticker(3, 0.001):
        log.append(f"got {v}")
    print(log)

    gen = echo()
    print("first __anext__:", await gen.__anext__())
    print("asend:", await gen.asend("hello"))
    print("asend:", await gen.asend(42))
    await gen.aclose()

    agen = ticker(2, 0)
    print("types:", type(agen).__name__, hasattr(agen, "__aiter__"), agen.__aiter__() is agen)
    print("anext builtin:", await anext(agen))
    print("anext:", await anext(agen))
    try:
        await anext(agen)
    except StopAsyncIteration:
        print("exhausted: StopAsyncIteration")
    print("anext with default:", await anext(agen, "default"))

    # Two async generators consumed concurrently by two tasks interleave.
    out = []

    async def consume(tag):
        async for v in ticker(3, 0):
            out.append(f"{tag}{v}")

    await asyncio.gather(consume("a"), consume("b"))
    print("interleaved:", out)


asyncio.run(main())
