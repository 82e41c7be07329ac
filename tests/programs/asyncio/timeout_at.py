# asyncio.timeout_at takes an absolute loop.time() deadline; an exception other than the timeout passes through.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout_at(start + 0.04) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        elapsed = loop.time() - start
        print("timed out; waited at least the deadline:", elapsed >= 0.035, "not much more:", elapsed < 0.9)
    print("when():", cm.when() == start + 0.04, "expired:", cm.expired())

    async with asyncio.timeout_at(loop.time() + 1) as cm:
        result = await asyncio.sleep(0.01, result="ok")
    print("inside the deadline:", result, cm.expired())

    try:
        async with asyncio.timeout_at(loop.time() + 1):
            raise KeyError("not a timeout")
    except KeyError as e:
        print("other exception passes through:", repr(e))

    # A TimeoutError raised by the body itself is not the timeout's.
    try:
        async with asyncio.timeout_at(loop.time() + 1) as cm:
            raise TimeoutError("my own")
    except TimeoutError as e:
        print("own TimeoutError:", e, "expired:", cm.expired())


asyncio.run(main())
