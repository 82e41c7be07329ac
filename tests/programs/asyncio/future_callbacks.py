# Future callbacks: run in order through the loop after the future is resolved, get the future itself,
# and a callback added to an already-done future is also only scheduled.
import asyncio

log = []


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log.append(("first", f.result())))
    fut.add_done_callback(lambda f: log.append(("second", f is fut)))
    fut.set_result("v")
    log.append("set_result returned")
    await asyncio.sleep(0)
    log.append("after one turn")
    fut.add_done_callback(lambda f: log.append("added late"))
    log.append("late added")
    await asyncio.sleep(0)

    cf = loop.create_future()
    cf.add_done_callback(lambda f: log.append(("on cancel", f.cancelled())))
    cf.cancel()
    await asyncio.sleep(0)

    ef = loop.create_future()
    ef.add_done_callback(lambda f: log.append(("on exception", repr(f.exception()))))
    ef.set_exception(RuntimeError("oops"))
    await asyncio.sleep(0)


asyncio.run(main())
for entry in log:
    print(entry)
