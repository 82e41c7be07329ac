# Outside a running loop, get_running_loop() raises RuntimeError('no running event loop'); inside it does not,
# and asyncio.run refuses to nest.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", type(e).__name__, e)


async def inner():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    print("inside: is a loop:", isinstance(loop, asyncio.AbstractEventLoop), "running:", loop.is_running())
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("nested asyncio.run:", e)
    coro.close()
    return loop


loop = asyncio.run(main())
print("after run: closed:", loop.is_closed(), "running:", loop.is_running())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("after run:", e)


def not_a_coroutine():
    return 1


try:
    asyncio.run(not_a_coroutine())
except ValueError as e:
    print("asyncio.run(1):", e)
