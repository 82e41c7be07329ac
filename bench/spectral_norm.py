# Spectral norm (Computer Language Benchmarks Game): float division in a
# small function called from tight nested loops over lists.


def eval_a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times_a(u):
    n = len(u)
    result = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * u[j]
        result.append(s)
    return result


def times_at(u):
    n = len(u)
    result = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * u[j]
        result.append(s)
    return result


def times_at_a(u):
    return times_at(times_a(u))


def main():
    n = 200
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_at_a(u)
        u = times_at_a(v)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print(f"{(vbv / vv) ** 0.5:.9f}")


main()
