# Nested integer loops: for over range, while loops, local variables,
# integer arithmetic (+ - * // % and bitwise ops), comparisons and branches.
# No function calls in the inner loops: this measures the eval loop itself.


def collatz_steps(limit):
    best = 0
    best_n = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
        n += 1
    return best_n, best


def grid_sum(size):
    acc = 0
    for i in range(size):
        for j in range(size):
            v = (i * j) ^ (i + j)
            if v & 1:
                acc += v % 7
            else:
                acc -= (v >> 2) & 15
    return acc


def sieve_count(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
    return count


def main():
    best_n, best = collatz_steps(30000)
    print(f"collatz: {best_n} takes {best} steps")
    g = grid_sum(600)
    print(f"grid: {g}")
    c = sieve_count(300000)
    print(f"primes below 300000: {c}")
    print(f"checksum {best_n + best + g + c}")


main()
