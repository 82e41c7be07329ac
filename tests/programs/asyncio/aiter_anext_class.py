# __aiter__/__anext__ on a user class: async for calls __anext__ until it raises StopAsyncIteration.
import asyncio


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        return self.current + 1


class Pages:
    # __aiter__ returns a fresh iterator object each time.
    def __init__(self, pages):
        self.pages = pages

    def __aiter__(self):
        return PageIter(self.pages)


class PageIter:
    def __init__(self, pages):
        self.it = iter(pages)

    async def __anext__(self):
        try:
            return next(self.it)
        except StopIteration:
            raise StopAsyncIteration


async def main():
    out = []
    async for n in Countdown(4):
        out.append(n)
    print("countdown:", out)
    p = Pages(["one", "two", "three"])
    print("pages:", [x async for x in p])
    print("again (fresh iterator):", [x async for x in p])
    c = Countdown(2)
    print("anext():", await anext(c), await anext(c), await anext(c, "end"))
    async for n in Countdown(3):
        if n == 2:
            break
    else:
        print("not reached")
    print("break works, last n:", n)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
