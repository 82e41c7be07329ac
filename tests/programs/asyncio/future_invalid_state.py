# A Future can be resolved once: a second set_result/set_exception raises InvalidStateError('invalid state').
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("result() while pending:", e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print("exception() while pending:", e)
    fut.set_result(1)
    for attempt in (lambda: fut.set_result(2), lambda: fut.set_exception(ValueError("x"))):
        try:
            attempt()
        except asyncio.InvalidStateError as e:
            print("second set:", type(e).__name__, e)
    print("result kept:", fut.result())

    cancelled = loop.create_future()
    cancelled.cancel()
    try:
        cancelled.set_result(3)
    except asyncio.InvalidStateError as e:
        print("set_result after cancel:", e)

    f = loop.create_future()
    try:
        f.set_exception(StopIteration())
    except TypeError as e:
        print("set_exception(StopIteration):", e)


asyncio.run(main())
