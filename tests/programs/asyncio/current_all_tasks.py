# current_task() is the task running the code; all_tasks() holds the unfinished tasks of the running loop.
import asyncio


async def child(results):
    results.append(asyncio.current_task().get_name())
    await asyncio.sleep(0.01)


async def main():
    me = asyncio.current_task()
    print("current task in main:", me.get_name(), "is a Task:", isinstance(me, asyncio.Task))
    print("all_tasks at start:", len(asyncio.all_tasks()), me in asyncio.all_tasks())
    results = []
    tasks = [asyncio.create_task(child(results), name=f"c{i}") for i in range(3)]
    print("after creating 3:", len(asyncio.all_tasks()))
    print("names:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.sleep(0)
    print("children saw themselves:", results)
    await asyncio.gather(*tasks)
    print("after they finished:", len(asyncio.all_tasks()))
    print("type:", type(asyncio.all_tasks()).__name__)


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("current_task outside:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("all_tasks outside:", e)
