# Recursive Fibonacci: function calls, small-int arithmetic, comparisons.
# Measures the cost of a Python-level call and return (frame set-up, argument
# passing, LOAD_FAST/BINARY_OP/COMPARE_OP on small ints).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for n in range(20, 30):
        total += fib(n)
    print(f"fib(30) = {fib(30)}")
    print(f"checksum {total}")


main()
