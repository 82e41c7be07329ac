# Sieve of Eratosthenes: primes below 200, their count and sum, and twin primes.
def sieve(limit):
    is_prime = [True] * limit
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, limit, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]

primes = sieve(200)
print(primes)
print("count:", len(primes), "sum:", sum(primes))
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("twin primes:", twins)
print("count below 100000:", len(sieve(100000)))
