# __await__ on a user class: it must return an iterator; `yield` inside it suspends the task (a bare yield
# is like sleep(0)); its return value is the value of the await; it can delegate to a Future.
import asyncio

log = []


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value
        yield  # makes __await__ a generator


class Pause:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        log.append(f"{self.name} pausing")
        yield
        log.append(f"{self.name} resumed")
        return self.name.upper()


class FromFuture:
    def __await__(self):
        fut = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_later(0.01, fut.set_result, "future value")
        result = yield from fut
        return f"got {result}"


class BadAwait:
    def __await__(self):
        return 5


async def other():
    log.append("other ran")


async def main():
    print("Ready:", await Ready(42))
    t = asyncio.create_task(other())
    print("Pause:", await Pause("p"))
    await t
    print("FromFuture:", await FromFuture())
    print("gather accepts them:", await asyncio.gather(Pause("g1"), Ready("r")))
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    print("log:", log)


asyncio.run(main())
