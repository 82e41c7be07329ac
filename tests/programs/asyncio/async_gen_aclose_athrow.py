# Async generator aclose() runs its finally (which may await); athrow() raises inside at the paused yield;
# yielding in the finally after aclose is a RuntimeError.
import asyncio

log = []


async def resource():
    log.append("open")
    try:
        for i in range(10):
            try:
                yield i
            except ValueError as e:
                log.append(f"caught {e}")
                yield -1
    finally:
        await asyncio.sleep(0)
        log.append("closed")


async def stubborn():
    try:
        yield 1
    finally:
        yield 2


async def main():
    g = resource()
    print("first:", await g.__anext__())
    print("second:", await g.__anext__())
    print("athrow returns the next yield:", await g.athrow(ValueError("bad")))
    print("after athrow:", await g.__anext__())
    await g.aclose()
    print("log:", log)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed generator: StopAsyncIteration")
    await g.aclose()  # closing again is harmless

    g2 = resource()
    await g2.__anext__()
    try:
        await g2.athrow(KeyError("unhandled"))
    except KeyError as e:
        print("unhandled athrow propagates:", repr(e))
    print("log:", log)

    g3 = stubborn()
    await g3.__anext__()
    try:
        await g3.aclose()
    except RuntimeError as e:
        print("yield in finally:", e)

    g4 = resource()
    await g4.aclose()  # never started: the body does not run
    print("unstarted aclose, log unchanged:", log.count("open"))


asyncio.run(main())
