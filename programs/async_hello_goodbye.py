# expected: python3.10
# The classic first asyncio example, as the articles write it: two greetings run concurrently, so both
# "Hello"s print before either "Goodbye", and the whole thing takes one sleep, not two.
#
# Run it:   npx pygil programs/async_hello_goodbye.py
#           python3.10 programs/async_hello_goodbye.py
#
# asyncio.wait() is handed bare coroutines here. Python 3.8-3.10 accepted that (wrapping each one in a
# task, with a DeprecationWarning); CPython 3.11 rejects it with a TypeError ("Passing coroutines is
# forbidden, use tasks explicitly."). pygil accepts it as 3.10 did, warning on stderr, because this is
# how most tutorials still write it. So this program's expected output (async_hello_goodbye.out/.exit)
# is written by hand from Python 3.10's behaviour: the marker on the first line makes
# scripts/regen-expected.mjs leave it alone. (The articles sleep 1 s; 0.1 s keeps the test quick.)
import asyncio


async def greet(name):
    print(f"Hello, {name}")
    await asyncio.sleep(0.1)
    print(f"Goodbye, {name}")


async def main():
    await asyncio.wait([greet("Alice"), greet("Bob")])


asyncio.run(main())
