# Big factorials and Fibonacci numbers, their digit sums and lengths.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f100 = fact(100)
print(f100)
print(len(str(f100)), sum(int(c) for c in str(f100)))
print(fact(300) // fact(298) == 300 * 299)
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(str(fact(500))[:40], len(str(fact(500))))
print(fact(25) % (2 ** 61 - 1))
n = 2 ** 521 - 1
print(pow(3, n - 1, n) == 1)
print(int(str(f100)[::-1]) % 1000003)
