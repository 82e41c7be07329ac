# result()/exception() of an unfinished task raise InvalidStateError with CPython's messages.
import asyncio


async def slow():
    await asyncio.sleep(0.01)
    return "finished"


async def main():
    t = asyncio.create_task(slow())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("result():", type(e).__name__, e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("exception():", type(e).__name__, e)
    print("done:", t.done())
    print("await:", await t)
    print("result():", t.result(), "exception():", t.exception())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("Task.set_result:", type(e).__name__, e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print("Task.set_exception:", type(e).__name__, e)
    print("InvalidStateError is an Exception:", issubclass(asyncio.InvalidStateError, Exception))


asyncio.run(main())
