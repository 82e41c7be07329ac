# add_done_callback runs callbacks in the order added, after the task finishes (via the loop, not at once);
# remove_done_callback removes every registration of a callback and returns how many it removed.
import asyncio

calls = []


def make_cb(tag):
    def cb(fut):
        calls.append((tag, fut.result()))
    return cb


async def work():
    await asyncio.sleep(0)
    return "r"


async def main():
    t = asyncio.create_task(work())
    a, b, c = make_cb("a"), make_cb("b"), make_cb("c")
    t.add_done_callback(a)
    t.add_done_callback(b)
    t.add_done_callback(c)
    t.add_done_callback(b)
    print("removed b:", t.remove_done_callback(b))
    print("removed b again:", t.remove_done_callback(b))
    await t
    print("after await:", calls)
    await asyncio.sleep(0)
    print("after one more turn:", calls)
    # On a finished task the callback is scheduled with call_soon, not called immediately.
    t.add_done_callback(make_cb("late"))
    print("late callback before yielding:", calls[-1][0])
    await asyncio.sleep(0)
    print("late callback after yielding:", calls[-1][0])


asyncio.run(main())
