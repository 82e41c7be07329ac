# Generator pipelines: generator functions chained into each other,
# yield from, generator expressions consumed by sum/any/all/max,
# a generator driven by send().


def naturals(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src):
    for x in src:
        yield x * x


def take_every(src, k):
    i = 0
    for x in src:
        if i % k == 0:
            yield x
        i += 1


def chained(limit):
    yield from naturals(limit)
    yield from squares(naturals(limit // 2))


def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


def main():
    a = sum(squares(evens(naturals(600000))))
    b = sum(x for x in take_every(naturals(450000), 3) if x % 5 != 1)
    c = any(x > 10 ** 12 for x in squares(naturals(300000)))
    d = all(x >= 0 for x in chained(300000))
    e = max(x % 9973 for x in chained(200000))
    acc = accumulator()
    next(acc)
    last = 0
    for x in naturals(200000):
        last = acc.send(x & 255)
    nested = sum(sum(y for y in range(x % 10)) for x in range(90000))
    print(a, b, c, d, e, last, nested)
    print(f"checksum {(a + b + e + last + nested) % 1000000007}")


main()
