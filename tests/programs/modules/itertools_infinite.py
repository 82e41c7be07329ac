# itertools count, cycle, repeat, cut with islice and zip.
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)), list(islice(count(5, -2), 4)))
print(list(islice(cycle("abc"), 8)), list(islice(cycle([1]), 3)), list(cycle([])))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(zip(range(3), repeat("r"))), list(map(pow, range(4), repeat(2))))
print(list(islice(range(20), 5, 15, 3)), list(islice("abcdefg", 2, None)), list(islice([1, 2, 3], 10)))
c = count()
print(next(c), next(c), next(c))
