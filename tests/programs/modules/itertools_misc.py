# itertools chain, chain.from_iterable, zip_longest, accumulate, groupby.
from itertools import chain, zip_longest, accumulate, groupby
import operator
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3], []])), list(chain()))
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)))
data = "aaabbcaa"
print([(k, len(list(g))) for k, g in groupby(data)], [k for k, _ in groupby(sorted(data))])
words = ["apple", "avocado", "banana", "cherry", "cranberry"]
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda n: n % 2)])
