# Copyright 2009 Brian Quinlan. All Rights Reserved.
# Licensed to PSF under a Contributor Agreement.

"""Implements ThreadPoolExecutor."""

# pygil: CPython 3.11's Lib/concurrent/futures/thread.py. Workers are ordinary (non-daemon)
# threads, named `ThreadPoolExecutor-N_i` or `prefix_i`; as in CPython, threading's atexit
# hook (_python_exit) wakes and joins them when the main thread's code ends, so an executor
# that was never shut down does not keep the process alive. Differences: no weakref, so a
# worker holds its executor (an executor lives until shutdown or exit rather than until it is
# garbage); the work queue is a small lock-and-semaphore FIFO (queue.SimpleQueue's job,
# without importing queue and collections); os.cpu_count() is used when an `os` module exists,
# else the default max_workers is 6 (min(32, cpu + 4) for 2 CPUs).

__author__ = 'Brian Quinlan (brian@sweetapp.com)'

from concurrent.futures import _base
import threading

_threads_queues = {}  # live worker thread -> its work queue (CPython: a WeakKeyDictionary)
_shutdown = False
# Lock that ensures that new workers are not created while the interpreter is
# shutting down. Must be held while mutating _threads_queues and _shutdown.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


# Register for `_python_exit()` to be called just before joining all non-daemon threads. This
# is used instead of `atexit.register()` for compatibility with subinterpreters, which no
# longer support daemon threads.
threading._register_atexit(_python_exit)


class _Empty(Exception):
    pass


class _WorkQueue:
    """An unbounded FIFO of work items shared by the workers (queue.SimpleQueue's job)."""

    def __init__(self):
        self._items = []
        self._head = 0
        self._mutex = threading.Lock()
        self._count = threading.Semaphore(0)

    def put(self, item):
        with self._mutex:
            self._items.append(item)
        self._count.release()

    def get(self, block=True):
        if not self._count.acquire(block):
            raise _Empty
        with self._mutex:
            items = self._items
            item = items[self._head]
            items[self._head] = None
            self._head += 1
            if self._head >= 64 and self._head * 2 >= len(items):
                del items[:self._head]
                self._head = 0
            return item

    def get_nowait(self):
        return self.get(False)


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return

        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Break a reference cycle with the exception 'exc'
            self = None
        else:
            self.future.set_result(result)


def _worker(executor_reference, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._log('Exception in initializer:', exc_info=True)
            executor = executor_reference()
            if executor is not None:
                executor._initializer_failed()
            return
    try:
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                # Delete references to object. See issue16284
                del work_item

                # attempt to increment idle count
                executor = executor_reference()
                if executor is not None:
                    executor._idle_semaphore.release()
                del executor
                continue

            executor = executor_reference()
            # Exit if:
            #   - The interpreter is shutting down OR
            #   - The executor that owns the worker has been collected OR
            #   - The executor that owns the worker has been shutdown.
            if _shutdown or executor is None or executor._shutdown:
                # Flag the executor as shutting down as early as possible if it
                # is not gc-ed yet.
                if executor is not None:
                    executor._shutdown = True
                # Notice other workers
                work_queue.put(None)
                return
            del executor
    except BaseException:
        _base._log('Exception in worker', exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    """
    Raised when a worker thread in a ThreadPoolExecutor failed initializing.
    """


def _cpu_count():
    try:
        import os
    except ImportError:
        return None
    return os.cpu_count()


_counter_lock = threading.Lock()
_counter_value = 0


def _next_executor_number():
    global _counter_value
    with _counter_lock:
        n = _counter_value
        _counter_value += 1
        return n


class ThreadPoolExecutor(_base.Executor):

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Initializes a new ThreadPoolExecutor instance.

        max_workers: the most threads it uses (default min(32, cpu count + 4)).
        thread_name_prefix: threads are named prefix_0, prefix_1, ...
        initializer, initargs: initializer(*initargs) runs first in each worker thread.
        """
        if max_workers is None:
            cpus = _cpu_count()
            # ThreadPoolExecutor is often used to overlap I/O instead of CPU work: at least
            # 5 workers, at most 32.
            max_workers = min(32, cpus + 4) if cpus else 6
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = _WorkQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % _next_executor_number()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) on a worker thread; return its Future."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)

            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)

            self._work_queue.put(w)
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # if idle threads are available, don't spin new threads
        if self._idle_semaphore.acquire(timeout=0):
            return

        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self,
                                     num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self._reference,
                                       self._work_queue,
                                       self._initializer,
                                       self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _reference(self):
        # CPython passes the workers a weak reference; pygil has no weakref.
        return self

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Drain work queue and mark pending futures failed
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except _Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stop accepting work; cancel pending work if cancel_futures; join the workers if
        wait."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Drain all work items from the queue, and then cancel their
                # associated futures.
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except _Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()

            # Send a wake-up to prevent threads calling
            # _work_queue.get(block=True) from permanently blocking.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
            # Joined workers need no joining at exit (CPython's weak dict forgets them).
            with _global_shutdown_lock:
                for t in self._threads:
                    _threads_queues.pop(t, None)
