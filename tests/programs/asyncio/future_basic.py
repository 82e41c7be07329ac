# asyncio.Future: set_result and set_exception wake awaiters; result()/exception()/done()/cancelled().
import asyncio


async def setter(fut, value, delay):
    await asyncio.sleep(delay)
    fut.set_result(value)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("new future done:", fut.done(), "cancelled:", fut.cancelled())
    asyncio.create_task(setter(fut, "hello", 0.01))
    print("awaited:", await fut)
    print("done:", fut.done(), "result:", fut.result(), "exception:", fut.exception())

    f2 = asyncio.Future()
    f2.set_exception(ValueError("bad value"))
    print("exception():", repr(f2.exception()))
    try:
        await f2
    except ValueError as e:
        print("await raised:", repr(e))

    f3 = loop.create_future()
    print("cancel:", f3.cancel(), "cancelled:", f3.cancelled(), "done:", f3.done())
    print("cancel again:", f3.cancel())
    try:
        f3.result()
    except asyncio.CancelledError:
        print("result() of a cancelled future raises CancelledError")

    f4 = loop.create_future()
    f4.set_result(None)
    print("cancel a finished future:", f4.cancel(), f4.result())

    f5 = loop.create_future()
    f5.set_exception(KeyError)
    print("exception class is instantiated:", repr(f5.exception()))
    print("get_loop is the running loop:", f5.get_loop() is loop)
    print("isfuture:", asyncio.isfuture(f5), asyncio.isfuture(42))


asyncio.run(main())
