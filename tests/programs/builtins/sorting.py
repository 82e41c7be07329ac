# sorted and list.sort: key, reverse, stability, sorting tuples and strings, errors.
data = [("bob", 3), ("alice", 1), ("carol", 3), ("dave", 2), ("eve", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: (-t[1], t[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nums = [5, 2, 9, 1, 5, 6]
r = nums.sort()
print(r, nums)
nums.sort(reverse=True)
print(nums)
nums.sort(key=lambda n: n % 3)
print(nums)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted(range(5), reverse=True))
print(sorted([[2, 1], [1, 2], [1, 1, 1], []]), sorted([-1.5, 2, -3, 0.0]))
stable = sorted([(1, "b"), (0, "a"), (1, "a"), (0, "b")], key=lambda t: t[0])
print(stable)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
