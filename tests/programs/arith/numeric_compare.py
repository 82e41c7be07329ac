# Sorting and comparing mixed numbers, plus min/max stability for equal elements.
nums = [3, -1, 2.5, 0, -0.0, 10 ** 20, -2.5, True, 1.0, 1]
print(sorted(nums))
print(sorted(nums, reverse=True))
print(min(nums), max(nums), sum(nums[:-3]))
print(max(1, True), max(True, 1), min(0, -0.0, False), min(False, 0, -0.0))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 0.5 == 1 / 2, 1 / 3 == 0.3333333333333333)
