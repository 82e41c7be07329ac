# loop.call_soon_threadsafe from another thread wakes the loop and runs the callbacks in the order sent,
# on the loop's thread; a future resolved that way wakes the coroutine awaiting it.
import asyncio
import threading

received = []


def producer(loop, fut, n):
    for i in range(n):
        loop.call_soon_threadsafe(received.append, (i, threading.current_thread().name))
    loop.call_soon_threadsafe(fut.set_result, "thread finished")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = threading.Thread(target=producer, args=(loop, fut, 5), name="producer")
    t.start()
    print("await:", await fut)
    t.join()
    print("values in order:", [i for i, _ in received])
    print("callbacks ran on:", sorted(set(name for _, name in received)))

    # The loop is idle (sleeping in its selector) when the thread calls in: the call must wake it.
    fut2 = loop.create_future()
    timer = threading.Timer(0.05, lambda: loop.call_soon_threadsafe(fut2.set_result, 42))
    timer.start()
    start = loop.time()
    print("woken with:", await asyncio.wait_for(fut2, timeout=5), "before the 5 s timeout:", loop.time() - start < 4)
    timer.join()


threading.current_thread().name = "loop-thread"
asyncio.run(main())

# With run_forever: a thread stops the loop.
loop = asyncio.new_event_loop()
t = threading.Thread(target=lambda: loop.call_soon_threadsafe(loop.stop))
t.start()
loop.run_forever()
t.join()
loop.close()
print("run_forever stopped from a thread")
