# async with on a user class: __aenter__'s result is bound by `as`, __aexit__ gets the exception and can
# suppress it by returning True; both may await.
import asyncio

log = []


class Connection:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        log.append(f"{self.name} opened")
        return f"handle-{self.name}"

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        kind = exc_type.__name__ if exc_type else None
        log.append(f"{self.name} closed (exc={kind}, msg={exc})")
        return self.suppress


async def main():
    async with Connection("a") as h:
        log.append(f"using {h}")
    try:
        async with Connection("b") as h:
            raise ValueError("inside b")
    except ValueError as e:
        log.append(f"propagated: {e}")
    async with Connection("c", suppress=True):
        raise KeyError("swallowed")
    log.append("after c: exception was suppressed")
    async with Connection("outer") as h1, Connection("inner") as h2:
        log.append(f"both: {h1} {h2}")

    def make_result():
        async def body():
            async with Connection("d"):
                return "returned from inside"
        return body()

    log.append(await make_result())
    try:
        async with object():
            pass
    except TypeError as e:
        log.append(f"TypeError: {e}")
    for line in log:
        print(line)


asyncio.run(main())
