# Development check for pygil's lib/asyncio, lib/concurrent/futures, lib/warnings.py and
# lib/traceback.py. Each snippet below is a whole program. By default it runs under CPython
# twice, once with CPython's own modules and once with ours in their place (--as-ours puts
# lib/asyncio, lib/concurrent, lib/warnings.py and lib/traceback.py first on sys.path; CPython's
# threading, queue and _thread stay), and compares what the two print.
# With --pygil it compares CPython with bin/pygil.js (build first).
#
# Compared: stdout, the exit status, and stderr with the parts that cannot match removed
# (traceback frame lines, which pygil cannot produce yet; paths; addresses; loop times).
# Usage: python3 tests/lib/check_asyncio.py [-v] [--pygil] [-k substring]

import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LIB = os.path.join(ROOT, 'lib')
OURS = ('asyncio', 'concurrent', 'warnings.py', 'traceback.py')

VERBOSE = '-v' in sys.argv

SNIPPETS = []


def case(code, stdout=None, stderr=None):
    """A program to compare. stdout/stderr: what pygil must print instead of CPython 3.11's
    output, for the deliberate differences (normalized text, compared in every mode)."""
    SNIPPETS.append((code.strip('\n') + '\n', stdout, stderr))


# ======================================================================= ordering
case('''
import asyncio
async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, 'cb1')
    t1 = asyncio.create_task(worker('a', 3))
    loop.call_soon(print, 'cb2')
    t2 = asyncio.create_task(worker('b', 2))
    t1.add_done_callback(lambda t: print('done', t.result()))
    print('main before')
    await asyncio.sleep(0)
    print('main after 1')
    await asyncio.sleep(0)
    print('main after 2')
    print(await t1, await t2)
asyncio.run(main())
''')
case('''
import asyncio
order = []
async def sleeper(d, tag):
    await asyncio.sleep(d)
    order.append(tag)
async def main():
    await asyncio.gather(*(sleeper(d, t) for d, t in [(0.03, 'c'), (0.01, 'a'), (0.02, 'b'), (0, 'z'), (0.01, 'a2')]))
    print(order)
    loop = asyncio.get_running_loop()
    now = loop.time()
    for i, d in enumerate([0.02, 0.01, 0.01, 0.0, 0.03]):
        loop.call_at(now + d, order.append, i)
    h = loop.call_later(0.015, order.append, 'cancelled')
    print(h.cancelled(), type(h).__name__, type(loop.call_soon(order.append, 's')).__name__)
    h.cancel()
    print(h.cancelled(), isinstance(h.when(), float))
    await asyncio.sleep(0.05)
    print(order)
asyncio.run(main())
''')
case('''
import asyncio, time
async def main():
    loop = asyncio.get_running_loop()
    t0 = time.monotonic()
    await asyncio.sleep(0.2)
    dt = time.monotonic() - t0
    print('slept enough', dt >= 0.2, dt < 0.35)
    fired = []
    t0 = loop.time()
    loop.call_later(0.1, lambda: fired.append(loop.time() - t0))
    await asyncio.sleep(0.15)
    print('timer not early', fired[0] >= 0.1)
    print(await asyncio.sleep(0, 'r0'), await asyncio.sleep(0.01, result='r1'))
asyncio.run(main())
''')
case('''
import asyncio
def cb(loop, n):
    print('cb', n)
    if n < 3:
        loop.call_soon(cb, loop, n + 1)
        loop.call_soon(print, 'after', n)
    else:
        loop.stop()
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed(), loop.get_debug())
loop.call_soon(cb, loop, 0)
loop.call_soon(print, 'second')
loop.run_forever()
print('stopped', loop.is_running())
print(loop.run_until_complete(asyncio.sleep(0, 'value')))
async def boom():
    raise KeyError('k')
try:
    loop.run_until_complete(boom())
except KeyError as e:
    print('KeyError', e)
loop.close(); loop.close()
print(loop.is_closed())
c = boom()  # closed below: an unawaited coroutine would make the runtime warn
for action in (lambda: loop.call_soon(print), lambda: loop.run_forever(), lambda: loop.create_task(c)):
    try:
        action()
    except RuntimeError as e:
        print('RuntimeError', e)
c.close()
''')
# ======================================================================= tasks
case('''
import asyncio
async def child(n):
    await asyncio.sleep(0.01 * n)
    return n * 10
async def main():
    t = asyncio.create_task(child(1))
    print(t.get_name(), t.done(), t.cancelled(), asyncio.current_task().get_name())
    print(await t, t.done(), t.result(), t.exception())
    t2 = asyncio.create_task(child(1), name='named')
    print(t2.get_name()); t2.set_name(42); print(repr(t2.get_name()))
    print(t2.get_coro().__qualname__, t2.get_loop() is asyncio.get_running_loop())
    await t2
    for bad in (lambda: t2.set_result(1), lambda: t2.set_exception(ValueError())):
        try:
            bad()
        except RuntimeError as e:
            print('RuntimeError', e)
    t3 = asyncio.create_task(child(5))
    try:
        t3.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    try:
        t3.exception()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    print(t3.cancel('stop it'), t3.cancelling(), t3.cancel(), t3.cancelling())
    try:
        await t3
    except asyncio.CancelledError as e:
        print('CancelledError', repr(e), e.args, t3.cancelled())
    try:
        t3.result()
    except asyncio.CancelledError as e:
        print('result ->', repr(e))
    print(t3.cancel(), t3.uncancel(), t3.uncancel(), t3.uncancel())
    tasks = asyncio.all_tasks()
    print(len(tasks), asyncio.current_task() in tasks)
    try:
        asyncio.create_task(lambda: 0)
    except TypeError as e:
        print('TypeError', e)
asyncio.run(main())
''')
case('''
import asyncio
async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('caught cancel, continuing')
    await asyncio.sleep(0.01)
    return 'survived'
async def cleanup():
    try:
        await asyncio.sleep(1)
    finally:
        print('cleanup runs')
async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    t = asyncio.create_task(cleanup())
    await asyncio.sleep(0)
    t.cancel(msg='bye')
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled with', e.args)
    t = asyncio.create_task(cleanup())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled before start', t.cancelled())
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    print(asyncio.TimeoutError is TimeoutError, asyncio.InvalidStateError.__mro__[1].__name__)
asyncio.run(main())
''')
case('''
import asyncio
async def me():
    return asyncio.current_task()
async def waiter(fut):
    print('waiting')
    v = await fut
    print('got', v)
    return v
async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(me())
    print(await t is t)
    fut = loop.create_future()
    w = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    loop.call_soon(fut.set_result, 'v')
    print(await w)
    f = loop.create_future()
    print(f.done(), f.cancelled())
    f.add_done_callback(lambda f: print('cb1', f.result()))
    f.add_done_callback(lambda f: print('cb2'))
    def cb3(f):
        print('cb3 never')
    f.add_done_callback(cb3)
    print(f.remove_done_callback(cb3), f.remove_done_callback(cb3))
    f.set_result(7)
    print('set')
    await asyncio.sleep(0)
    for bad in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
        try:
            bad()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError', e)
    g = loop.create_future()
    try:
        g.set_exception(StopIteration())
    except TypeError as e:
        print('TypeError', e)
    g.set_exception(ValueError)
    print(repr(g.exception()))
    h = loop.create_future()
    print(h.cancel(), h.cancel(), h.cancelled(), h.done())
    try:
        h.result()
    except asyncio.CancelledError:
        print('cancelled result')
    print(asyncio.isfuture(h), asyncio.isfuture(1), asyncio.isfuture(asyncio.current_task()))
asyncio.run(main())
''')
case('''
import asyncio
async def bad_yield():
    class Y:
        def __await__(self):
            yield 'nonsense'
    await Y()
async def self_await():
    await asyncio.current_task()
async def main():
    for coro in (bad_yield(), self_await()):
        try:
            await asyncio.create_task(coro)
        except RuntimeError as e:
            print('RuntimeError', str(e).split(':')[0])
asyncio.run(main())
''')
# ======================================================================= reprs
case('''
import asyncio, functools
async def waiter(f):
    await f
async def boom():
    raise ValueError('boom')
def plain(f):
    pass
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f)
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    print(f)
    f.set_result(3)
    print(f)
    await asyncio.sleep(0)
    print(t)
    t2 = asyncio.create_task(boom(), name='bb')
    await asyncio.sleep(0)
    print(t2)
    t2.exception()
    t3 = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t3.cancel()
    await asyncio.sleep(0)
    print(t3)
    print(loop.call_soon(print, 'x', 1), loop.call_soon(plain, 1))
    h = loop.call_later(10, print, 'y')
    h.cancel()
    print(h)
    g = asyncio.gather(asyncio.sleep(0.01), waiter(f))
    print(g)
    await g
    print(g)
    f2 = loop.create_future(); f2.set_exception(KeyError('k')); print(f2); f2.exception()
    f3 = loop.create_future(); f3.set_result('a' * 100); print(f3)
    f4 = loop.create_future(); f4.set_result(list(range(20))); print(f4)
    f4b = loop.create_future(); f4b.set_result({'a': [1, (2,)], 'b': 10**50, 'c': 3, 'd': 4, 'e': 5}); print(f4b)
    f5 = loop.create_future(); f5.cancel(); print(f5)
    f6 = loop.create_future(); f6.add_done_callback(print); f6.add_done_callback(len); f6.add_done_callback(len); print(f6)
    f7 = loop.create_future(); f7.add_done_callback(functools.partial(print, 1, 'a')); print(f7)
    f8 = loop.create_future(); f8.add_done_callback(plain); print(f8)
    print(asyncio.Lock(), asyncio.Event(), asyncio.Semaphore(2), asyncio.Condition())
    print(asyncio.BoundedSemaphore(), asyncio.Queue(), str(asyncio.Queue(3)))
    q = asyncio.Queue(); q.put_nowait(1); q.put_nowait('two'); print(q)
    print(asyncio.timeout(1), asyncio.TaskGroup())
    print(loop)
asyncio.run(main())
''')
case('''
import asyncio
async def waiter(f):
    x = 1
    await f
async def main():
    f = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(f), name='w')
    print(t)
    await asyncio.sleep(0)
    print(t)
    print(asyncio.current_task())
    f.set_result(None)
    await t
asyncio.run(main())
''')
# ======================================================================= gather
case('''
import asyncio
async def job(n, fail=False):
    for _ in range(3 - n):
        await asyncio.sleep(0)
    print('job', n, 'finishing')
    if fail:
        raise ValueError(f'job {n} failed')
    return n
async def main():
    print(await asyncio.gather(job(1), job(2), job(0)))
    print(await asyncio.gather())
    res = await asyncio.gather(job(1), job(2, fail=True), job(0), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(job(1, fail=True), job(2), job(0))
    except ValueError as e:
        print('raised', e)
    for _ in range(5):
        await asyncio.sleep(0)
    t = asyncio.create_task(job(0))
    print(await asyncio.gather(t, t, job(1)))
asyncio.run(main())
''')
case('''
import asyncio
async def slow(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('slow', n, 'cancelled')
        raise
async def main():
    g = asyncio.gather(slow(1), slow(2))
    await asyncio.sleep(0)
    print(g.cancel(), g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled())
    t1 = asyncio.create_task(slow(3))
    t2 = asyncio.create_task(asyncio.sleep(0.01, 'ok'))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel()
    print(await g)
    t3 = asyncio.create_task(slow(4))
    g = asyncio.gather(t3)
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('child cancel propagates', g.cancelled())
asyncio.run(main())
''')
# ======================================================================= wait, wait_for, timeouts
case('''
import asyncio
async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise KeyError(d)
    return d
def names(fs):
    return sorted(f.get_name() for f in fs)
async def main():
    ts = [asyncio.create_task(job(d), name=f'j{d}') for d in (0.2, 0.02, 0.1)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(ts, timeout=0.02)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print(names(done), names(pending))
    ts = [asyncio.create_task(job(0.01, fail=True), name='bad'), asyncio.create_task(job(0.05), name='good')]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending), type(done.pop().exception()).__name__)
    await asyncio.wait(pending)
    for bad in (lambda: asyncio.wait([]), lambda: asyncio.wait(ts, return_when='x'), lambda: asyncio.wait(ts[0])):
        c = bad()
        try:
            await c
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
asyncio.run(main())
''')
case('''
import asyncio
async def job(d):
    try:
        await asyncio.sleep(d)
        return d
    except asyncio.CancelledError:
        print('job', d, 'cancelled')
        raise
async def main():
    print(await asyncio.wait_for(job(0.01), timeout=1))
    print(await asyncio.wait_for(job(0.01), timeout=None))
    try:
        await asyncio.wait_for(job(1), timeout=0.02)
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(job(1), timeout=0)
    except asyncio.TimeoutError:
        print('zero timeout')
    t = asyncio.create_task(job(0))
    await asyncio.sleep(0.01)
    print(await asyncio.wait_for(t, 0))
asyncio.run(main())
''')
case('''
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.02) as cm:
            print(cm.expired(), cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError:
        print('timed out', cm.expired(), repr(cm).split(' ')[0])
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.01)
    print('no timeout', cm.expired(), cm.when(), cm)
    async with asyncio.timeout(1) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.01)
    print(cm.expired(), cm)
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            async with asyncio.timeout(5):
                await asyncio.sleep(1)
    except TimeoutError as e:
        print('outer fired', repr(e))
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print('past deadline')
    t = asyncio.timeout(1)
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError', e)
asyncio.run(main())
''')
# ======================================================================= TaskGroup, shield, as_completed
case('''
import asyncio
async def job(n, fail=None):
    try:
        await asyncio.sleep(0.01 * n)
    except asyncio.CancelledError:
        print('job', n, 'cancelled')
        raise
    if fail:
        raise fail
    print('job', n, 'done')
    return n
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(1))
        t2 = tg.create_task(job(2), name='second')
        print(t2.get_name())
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1, ValueError('v')))
            tg.create_task(job(1, KeyError('k')))
            tg.create_task(job(5))
    except ExceptionGroup as eg:
        print(type(eg).__name__, str(eg), [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(5))
            raise RuntimeError('body fails')
    except BaseExceptionGroup as eg:
        print(repr(eg))
    c = job(1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print('RuntimeError', e)
    c.close()
asyncio.run(main())
''')
case('''
import asyncio
async def inner():
    await asyncio.sleep(0.02)
    print('inner finished')
    return 'inner result'
async def outer(t):
    return await asyncio.shield(t)
async def main():
    t = asyncio.create_task(inner())
    o = asyncio.create_task(outer(t))
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print('outer cancelled', t.cancelled())
    print(await t)
    print(await asyncio.shield(asyncio.sleep(0, 'quick')))
    results = []
    for f in asyncio.as_completed([asyncio.sleep(0.03, 'c'), asyncio.sleep(0.01, 'a'), asyncio.sleep(0.02, 'b')]):
        results.append(await f)
    print(results)
    try:
        for f in asyncio.as_completed([asyncio.sleep(1)], timeout=0.01):
            await f
    except TimeoutError:
        print('as_completed timed out')
asyncio.run(main())
''')
# ======================================================================= loops, policies, threads
case('''
import asyncio
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
async def probe():
    return asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop
print(loop.run_until_complete(probe()))
loop.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError', e)
async def nested():
    c = asyncio.sleep(0)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print('RuntimeError', e)
    c.close()
    c = asyncio.sleep(0)
    try:
        asyncio.get_running_loop().run_until_complete(c)
    except RuntimeError as e:
        print('RuntimeError', e)
    await c
asyncio.run(nested())
try:
    asyncio.run(123)
except ValueError as e:
    print('ValueError', e)
print(asyncio.run(asyncio.sleep(0, 'second run')))
async def name():
    return asyncio.current_task().get_name()
print(asyncio.run(name()))
''')
case('''
import asyncio, threading
def in_thread():
    async def main():
        await asyncio.sleep(0.01)
        return threading.current_thread().name
    print('thread loop ->', asyncio.run(main()))
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print('RuntimeError', e)
t = threading.Thread(target=in_thread, name='worker')
t.start(); t.join()
def blocking(x):
    return x * 2, threading.current_thread().name
async def main():
    print(await asyncio.to_thread(blocking, 21))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 5))
    fut = loop.create_future()
    def from_thread():
        loop.call_soon_threadsafe(fut.set_result, 'from thread')
    threading.Thread(target=from_thread).start()
    print(await fut)
asyncio.run(main())
''')
case('''
import asyncio, threading, time
loop = asyncio.new_event_loop()
def run_loop():
    asyncio.set_event_loop(loop)
    loop.run_forever()
t = threading.Thread(target=run_loop)
t.start()
async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b
async def fail():
    raise ValueError('remote failure')
f = asyncio.run_coroutine_threadsafe(add(1, 2), loop)
print(type(f).__module__, type(f).__name__, f.result(timeout=5))
f = asyncio.run_coroutine_threadsafe(fail(), loop)
try:
    f.result(5)
except ValueError as e:
    print('ValueError', e)
f = asyncio.run_coroutine_threadsafe(asyncio.sleep(5), loop)
time.sleep(0.02)
print(f.cancel(), f.cancelled())
time.sleep(0.05)  # the loop thread cancels the task meanwhile
try:
    asyncio.run_coroutine_threadsafe(lambda: 0, loop)
except TypeError as e:
    print('TypeError', e)
loop.call_soon_threadsafe(loop.stop)
t.join()
loop.close()
print('closed', loop.is_closed())
''')
case('''
import asyncio, sys
async def boom():
    raise ValueError('boom')
def handler(loop, context):
    print('handler:', context['message'], repr(context.get('exception')), sorted(context))
async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    loop.call_exception_handler({'message': 'custom'})
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print('TypeError', e)
    loop.call_soon(lambda: [][1])
    await asyncio.sleep(0)
    loop.default_exception_handler({'message': 'direct', 'extra': 5})
    loop.call_exception_handler({})
    sys.stderr.flush()
asyncio.run(main())
''')
case('''
import asyncio
async def boom():
    raise ValueError('boom')
async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print('main done')
asyncio.run(main())
print('after run')
''')
case('''
import asyncio
async def forever(n):
    try:
        await asyncio.sleep(10)
    finally:
        print('forever', n, 'cancelled at shutdown')
async def main():
    for i in range(3):
        asyncio.create_task(forever(i))
    await asyncio.sleep(0)
    print('main returns')
    return 'result'
print(asyncio.run(main()))
''')
case('''
import asyncio
async def main():
    raise KeyError('uncaught')
asyncio.run(main())
''')
# ======================================================================= locks
case('''
import asyncio
async def user(lock, n, log):
    async with lock:
        log.append(f'{n} in')
        await asyncio.sleep(0.001)
        log.append(f'{n} out')
async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(user(lock, i, log) for i in range(4)))
    print(log)
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    ev = asyncio.Event()
    async def waiter(n):
        print('waiter', n, 'waiting', ev.is_set())
        print('waiter', n, await ev.wait())
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set(); ev.set()
    await asyncio.gather(*ws)
    ev.clear(); print(ev.is_set())
asyncio.run(main())
''')
case('''
import asyncio
async def main():
    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print('consumer', n, 'got', items.pop(0))
    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    for x in 'abc':
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError', e)
    sem = asyncio.Semaphore(2)
    active = []
    async def limited(n):
        async with sem:
            active.append(n)
            print('in', n, len(active), sem.locked())
            for _ in range(n % 3 + 1):
                await asyncio.sleep(0)
            active.remove(n)
    await asyncio.gather(*(limited(i) for i in range(5)))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire(); b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)
asyncio.run(main())
''')
# ======================================================================= queues
case('''
import asyncio
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i, q.qsize())
    await q.put(None)
async def consumer(q):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        print('got', item)
        await asyncio.sleep(0)
async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    await asyncio.gather(producer(q, 5), consumer(q))
    await q.join()
    print('joined', q.empty())
    q = asyncio.Queue(1)
    q.put_nowait('x')
    try:
        q.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull', q.full())
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    try:
        q.task_done(); q.task_done()
    except ValueError as e:
        print('ValueError', e)
    pq = asyncio.PriorityQueue()
    for x in [(3, 'c'), (1, 'a'), (2, 'b')]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in 'abc':
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    await asyncio.sleep(0)
    q.put_nowait('after cancel')
    print(getter.cancelled(), q.get_nowait())
    big = asyncio.Queue()
    for i in range(300):
        big.put_nowait(i)
    print(sum(big.get_nowait() for _ in range(300)), big.qsize())
asyncio.run(main())
''')
# ======================================================================= misc API
case('''
import asyncio
async def coro_fn():
    pass
def gen_fn():
    yield
class A:
    async def m(self):
        pass
c = coro_fn()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(coro_fn), asyncio.iscoroutine(gen_fn()), asyncio.iscoroutine(1))
print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(gen_fn), asyncio.iscoroutinefunction(A().m),
      asyncio.iscoroutinefunction(A.m), asyncio.iscoroutinefunction(len))
c.close()
async def main():
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.get_debug(), type(loop.time()).__name__)
    f = asyncio.ensure_future(coro_fn())
    print(type(f).__name__, asyncio.ensure_future(f) is f)
    class Awaitable:
        def __await__(self):
            yield
            return 'awaited'
    print(await asyncio.ensure_future(Awaitable()))
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print('TypeError', e)
    await f
    try:
        loop.call_later(None, print)
    except TypeError as e:
        print('TypeError', e)
    try:
        loop.call_at(None, print)
    except TypeError as e:
        print('TypeError', e)
    loop.set_debug(True); print(loop.get_debug()); loop.set_debug(False)
    print(sorted(n for n in ['run', 'sleep', 'gather', 'Queue', 'TaskGroup', 'timeout', 'Runner', 'to_thread',
                             'wait_for', 'shield', 'Event', 'Lock', 'Future', 'Task', 'new_event_loop'] if n in asyncio.__all__))
asyncio.run(main())
with asyncio.Runner() as runner:
    print(runner.run(asyncio.sleep(0, 'runner 1')), runner.run(asyncio.sleep(0, 'runner 2')))
    print(type(runner.get_loop()).__name__)
''')
# ======================================================================= more loop behaviour
case('''
import asyncio
async def forever():
    try:
        await asyncio.sleep(10)
    finally:
        print('finally runs when the task is destroyed')
async def main():
    asyncio.create_task(forever(), name='lost')
    await asyncio.sleep(0)
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print('before close')
loop.close()
print('after close')
''')
case('''
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    out = []
    now = loop.time()  # one base time: equal deadlines, which the heap must order as CPython's
    hs = [loop.call_at(now + 0.001 * (i % 7), out.append, i) for i in range(300)]
    for i, h in enumerate(hs):
        if i % 3:
            h.cancel()
    loop.call_at(now + 0.004, out.append, 'at')
    await asyncio.sleep(0.03)
    print(len(out), out[:12], out[-5:])
asyncio.run(main())
''')
case('''
import asyncio, threading
async def main():
    loop = asyncio.get_running_loop()
    count = 0
    done = loop.create_future()
    N, M = 4, 200
    def inc():
        nonlocal count
        count += 1
        if count == N * M:
            done.set_result(None)
    def worker():
        for _ in range(M):
            loop.call_soon_threadsafe(inc)
    ts = [threading.Thread(target=worker) for _ in range(N)]
    for t in ts:
        t.start()
    await done
    for t in ts:
        t.join()
    print(count)
    results = await asyncio.gather(*(asyncio.to_thread(sum, range(i * 1000)) for i in range(6)))
    print(results)
    def fails():
        raise OSError('in thread')
    try:
        await asyncio.to_thread(fails)
    except OSError as e:
        print('OSError', e)
asyncio.run(main())
''')
case('''
import asyncio
class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print('enter', self.name)
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        return et is KeyError
class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i
async def main():
    async with Resource('a') as r:
        print('inside', r.name)
    async with Resource('b'):
        raise KeyError('swallowed')
    print([i async for i in Ticker(3)])
    async for i in Ticker(2):
        print('tick', i)
asyncio.run(main())
''')
case('''
import asyncio
async def gen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def closing():
    try:
        yield 1
        yield 2
    finally:
        print('async generator closed')
async def main():
    print([x async for x in gen(3)])
    async for x in closing():
        print('first', x)
        break
asyncio.run(main())
print('after run')
''')
case('''
import asyncio
async def producer(q, name, n):
    for i in range(n):
        await q.put(f'{name}{i}')
        await asyncio.sleep(0)
async def consumer(q, name, log):
    while True:
        item = await q.get()
        log.append((name, item))
        await asyncio.sleep(0)
        q.task_done()
async def main():
    q = asyncio.Queue(maxsize=3)
    log = []
    consumers = [asyncio.create_task(consumer(q, f'c{i}', log)) for i in range(2)]
    await asyncio.gather(producer(q, 'a', 4), producer(q, 'b', 4))
    await q.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(log)
    print(all(c.cancelled() for c in consumers))
asyncio.run(main())
''')
case('''
import asyncio
async def job():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('job sees cancel')
        raise
async def waits():
    await asyncio.wait_for(job(), timeout=5)
async def main():
    t = asyncio.create_task(waits())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('outer cancelled, inner cancelled too')
    inner = asyncio.create_task(asyncio.sleep(1, 'x'))
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), 0.01))
    try:
        await outer
    except TimeoutError:
        print('timeout; shielded inner still running:', not inner.done())
    inner.cancel()
asyncio.run(main())
''')
case('''
import asyncio, concurrent.futures, threading
async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(2, thread_name_prefix='custom') as ex:
        r = await loop.run_in_executor(ex, lambda: threading.current_thread().name[:7])
        print(r)
        cf = ex.submit(pow, 3, 4)
        print(await asyncio.wrap_future(cf))
    loop.set_default_executor(concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix='dflt'))
    print(await loop.run_in_executor(None, lambda: threading.current_thread().name))
    try:
        loop.set_default_executor(5)
    except TypeError as e:
        print('TypeError', e)
asyncio.run(main())
''')
# ======================================================================= asyncio.wait with coroutines
# pygil accepts them with Python 3.10's warning; CPython 3.11 raises TypeError.
case('''
import asyncio
async def job(n):
    print('job', n)
    return n
async def main():
    done, pending = await asyncio.wait([job(1), job(2)])
    print(sorted(t.result() for t in done), pending)
asyncio.run(main())
''', stdout='''job 1
job 2
[1, 2] set()
exit status 0
''', stderr='''snippet.py:6: DeprecationWarning: The explicit passing of coroutine objects to asyncio.wait() is deprecated since Python 3.8, and scheduled for removal in Python 3.11.
  done, pending = await asyncio.wait([job(1), job(2)])
''')
# ======================================================================= warnings
case('''
import warnings
def f():
    warnings.warn('from f')
for i in range(3):
    f()
warnings.warn('explicit category', RuntimeWarning)
warnings.warn('deprecated in main', DeprecationWarning)
warnings.warn('pending', PendingDeprecationWarning)
def g():
    warnings.warn('stacklevel two', UserWarning, stacklevel=2)
g()
warnings.warn(UserWarning('instance'))
warnings.warn('way up', stacklevel=10)
class MyWarning(UserWarning):
    pass
warnings.warn('mine', MyWarning)
try:
    warnings.warn('bad', int)
except TypeError as e:
    print('TypeError', e)
print('done')
''')
case('''
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('one')
    warnings.warn('two', DeprecationWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', repr(e))
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('silent')
with warnings.catch_warnings():
    warnings.filterwarnings('ignore', message='skip.*')
    warnings.warn('skip me')
    warnings.warn('SKIP me too')
    warnings.warn('keep me')
with warnings.catch_warnings():
    warnings.filterwarnings('error', category=UserWarning)
    warnings.filterwarnings('ignore', message='fine')
    warnings.warn('fine')
    try:
        warnings.warn('not fine')
    except UserWarning as e:
        print('error', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('repeated')
    warnings.simplefilter('once')
    for i in range(2):
        warnings.warn('once only')
        warnings.warn('once only')
    print(len(w))
for i in range(2):
    warnings.warn('outside again')
print(warnings.formatwarning('msg', UserWarning, 'file.py', 3, 'line text'), end='')
''')
case('''
import sys, warnings
with open('helper_mod.py', 'w') as f:
    f.write("import warnings\\n"
            "def dep():\\n"
            "    warnings.warn('deprecated in module', DeprecationWarning)\\n"
            "def user():\\n"
            "    warnings.warn('user warning in module')\\n"
            "def dep2():\\n"
            "    warnings.warn('caller is main', DeprecationWarning, stacklevel=2)\\n")
import helper_mod
helper_mod.dep()
helper_mod.user()
helper_mod.user()
helper_mod.dep2()
warnings.filterwarnings('error', module='helper')
try:
    helper_mod.user()
except UserWarning as e:
    print('module filter:', e)
print('done')
''')
# ======================================================================= concurrent.futures
case('''
import concurrent.futures as cf
import threading, time
def work(x):
    time.sleep(0.01 * (x % 3))
    return x * x, threading.current_thread().name.split('_')[0]
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(lambda x: x + 1, range(5))))
    futs = [ex.submit(work, i) for i in range(6)]
    print([f.result()[0] for f in futs])
    print(sorted(set(f.result()[1] for f in futs)) == ['ThreadPoolExecutor-0'])
    print(sorted(f.result()[0] for f in cf.as_completed(futs)))
    done, not_done = cf.wait(futs)
    print(len(done), len(not_done), type(cf.wait(futs)).__name__)
names = []
with cf.ThreadPoolExecutor(2, thread_name_prefix='pool') as ex:
    for f in [ex.submit(lambda: threading.current_thread().name) for _ in range(4)]:
        names.append(f.result())
print(sorted(set(names)) <= ['pool_0', 'pool_1'])
ex = cf.ThreadPoolExecutor(1)
f = ex.submit(time.sleep, 0.05)
g = ex.submit(print, 'never')
print(g.cancel(), g.cancelled(), g.done(), f.running() or f.done())
ex.shutdown(wait=True)
try:
    ex.submit(print)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    cf.ThreadPoolExecutor(0)
except ValueError as e:
    print('ValueError', e)
''')
case('''
import concurrent.futures as cf
import time
def fail():
    raise KeyError('inner')
def slow(t):
    time.sleep(t)
    return t
ex = cf.ThreadPoolExecutor(2)
f = ex.submit(fail)
print(repr(f.exception()), f.done())
try:
    f.result()
except KeyError as e:
    print('KeyError', e)
s = ex.submit(slow, 0.2)
try:
    s.result(timeout=0.01)
except cf.TimeoutError as e:
    print('TimeoutError', repr(e), cf.TimeoutError is TimeoutError)
done, not_done = cf.wait([s, f], return_when=cf.FIRST_COMPLETED)
print(len(done), len(not_done))
done, not_done = cf.wait([s, ex.submit(fail)], return_when=cf.FIRST_EXCEPTION)
print(len(done), len(not_done))
done, not_done = cf.wait([s], timeout=0.01)
print(len(done), len(not_done))
try:
    list(ex.map(slow, [0.3], timeout=0.01))
except cf.TimeoutError:
    print('map timed out')
fut = cf.Future()
print(fut.running(), fut.done(), fut.cancelled())
fut.add_done_callback(lambda f: print('callback', f.result()))
fut.set_result(9)
fut.add_done_callback(lambda f: print('late callback', f.result()))
try:
    fut.set_result(1)
except cf.InvalidStateError as e:
    print('InvalidStateError', e.__class__.__name__)
c = cf.Future(); print(c.cancel(), c.cancelled(), c.set_running_or_notify_cancel())
try:
    c.result()
except cf.CancelledError as e:
    print('CancelledError', repr(e))
r = cf.Future(); print(r.set_running_or_notify_cancel(), r.running(), r.cancel())
print(issubclass(cf.BrokenExecutor, RuntimeError), issubclass(cf.CancelledError, Exception))
ex.shutdown(wait=False, cancel_futures=True)
''')
case('''
import concurrent.futures as cf, threading, time
ex = cf.ThreadPoolExecutor(2)
ev = threading.Event()
def worker():
    ev.wait()
    time.sleep(0.02)
    print('worker finished')
ex.submit(worker)
f2 = ex.submit(time.sleep, 0.5)
f3 = ex.submit(print, 'queued never runs')
ev.set()
ex.shutdown(wait=False, cancel_futures=True)
print('f3 cancelled', f3.cancelled())
print('main end')
''')
case('''
import concurrent.futures as cf, threading
ex = cf.ThreadPoolExecutor(3)
results = [ex.submit(pow, 2, i) for i in range(5)]
print([r.result() for r in results])
print('exiting without shutdown', threading.active_count() > 1)
''')

case('''
import concurrent.futures as cf, time
def init_fails():
    raise ValueError('init failed')
ex = cf.ThreadPoolExecutor(1, initializer=init_fails)
f = ex.submit(print, 'never')
try:
    f.result(timeout=5)
except cf.thread.BrokenThreadPool as e:
    print('BrokenThreadPool', e)
try:
    ex.submit(print)
except cf.BrokenExecutor as e:
    print('broken', type(e).__name__)
ex.shutdown()
with cf.ThreadPoolExecutor(3) as ex:
    list(ex.map(time.sleep, [0.02] * 3))  # start the three workers first
    fs = [ex.submit(time.sleep, d) for d in (0.15, 0.03, 0.09)]
    print([fs.index(f) for f in cf.as_completed(fs)])
    try:
        list(cf.as_completed([ex.submit(time.sleep, 0.3)], timeout=0.01))
    except cf.TimeoutError as e:
        print('TimeoutError', e)
    def maybe(x):
        if x == 2:
            raise ZeroDivisionError('x is 2')
        return x
    it = ex.map(maybe, range(4))
    print(next(it), next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print('map raised', e)
''')


# ======================================================================= running and comparing

def normalize(text, tmp):
    text = text.replace(tmp + os.sep, '').replace(tmp, '')
    text = re.sub(r' at 0x[0-9a-f]+', ' at 0x?', text)
    text = re.sub(r'when=[0-9.e+-]+', 'when=?', text)
    text = re.sub(r'[^\s\'"<>]*/((?:asyncio|concurrent/futures)/\w+\.py)(:\d+)?',
                  lambda m: m.group(1) + (':N' if m.group(2) else ''), text)
    return text


def normalize_stderr(text, tmp):
    """Keep what pygil can print the same: drop traceback headers, frame and source lines."""
    lines = []
    for line in normalize(text, tmp).splitlines():
        if line == 'Traceback (most recent call last):' or line.startswith('  File '):
            continue
        if line.startswith('    ') or re.fullmatch(r'\s*[~^]+\s*', line):
            continue
        lines.append(line)
    return '\n'.join(lines) + ('\n' if lines else '')


def run(cmd, source):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = os.path.realpath(tmp)
        path = os.path.join(tmp, 'snippet.py')
        with open(path, 'w') as f:
            f.write(source)
        try:
            proc = subprocess.run(cmd + ['snippet.py'], capture_output=True, text=True,
                                  timeout=60, cwd=tmp)
        except subprocess.TimeoutExpired:
            return 'TIMEOUT\n', ''
    out = normalize(proc.stdout, tmp) + 'exit status %d\n' % proc.returncode
    return out, normalize_stderr(proc.stderr, tmp)


def run_as_ours(path):
    """Run the script at path under CPython with our modules in place of CPython's."""
    # The shadow directory stays: worker threads may still import from it at exit.
    shadow = os.path.join(tempfile.gettempdir(), 'pygil-check-asyncio-%d' % os.getuid())
    os.makedirs(shadow, exist_ok=True)
    for name in OURS:
        link = os.path.join(shadow, name)
        if not os.path.islink(link):
            os.symlink(os.path.join(LIB, name), link)
    sys.path[0] = os.path.dirname(os.path.abspath(path))  # the script's directory, not ours
    sys.path.insert(0, shadow)
    for name in list(sys.modules):
        if name.split('.')[0] in ('asyncio', 'concurrent', 'warnings', 'traceback'):
            del sys.modules[name]
    sys.argv = [path]
    with open(path) as f:
        code = compile(f.read(), os.path.abspath(path), 'exec')
    main = type(sys)('__main__')
    main.__file__ = os.path.abspath(path)
    sys.modules['__main__'] = main
    exec(code, main.__dict__)


def compare(label, want, got):
    if want == got:
        return 0
    print('FAIL %s' % label)
    w, g = want.splitlines(), got.splitlines()
    for j in range(max(len(w), len(g))):
        a = w[j] if j < len(w) else '<missing>'
        b = g[j] if j < len(g) else '<missing>'
        if a != b:
            print('  line %d\n    want: %s\n    got:  %s' % (j, a[:400], b[:400]))
    return 1


CPYTHON = [sys.executable]
OURS_ON_CPYTHON = [sys.executable, '-S', os.path.abspath(__file__), '--as-ours']
PYGIL = ['node', os.path.join(ROOT, 'bin', 'pygil.js')]


def main():
    ours = PYGIL if '--pygil' in sys.argv else OURS_ON_CPYTHON
    only = sys.argv[sys.argv.index('-k') + 1] if '-k' in sys.argv else None
    failed = total = 0
    for i, (code, want_out, want_err) in enumerate(SNIPPETS):
        first = [ln for ln in code.splitlines() if not ln.startswith('import')][0]
        label = 'snippet %d (%s)' % (i, first[:60])
        if only and only not in code and only != str(i):
            continue
        total += 1
        if want_out is None:
            want_out, want_err = run(CPYTHON, code)
        got_out, got_err = run(ours, code)
        bad = compare(label + ' stdout', want_out, got_out)
        bad = bad or compare(label + ' stderr', want_err, got_err)
        failed += bad
        if VERBOSE and not bad:
            print('ok', label)
    print('%d/%d snippets match' % (total - failed, total))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    if '--as-ours' in sys.argv:
        run_as_ours(sys.argv[-1])
    else:
        main()
