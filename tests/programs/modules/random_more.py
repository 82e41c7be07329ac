# random: reseeding reproduces sequences; large seeds, big randint ranges, many draws.
import random
random.seed(2 ** 100 + 7)
print(random.random(), random.randint(1, 2 ** 70))
random.seed(7)
counts = [0] * 6
for _ in range(600):
    counts[random.randint(0, 5)] += 1
print(counts)
random.seed(99)
seq = [random.randint(1, 100) for _ in range(10)]
random.seed(99)
print(seq == [random.randint(1, 100) for _ in range(10)], seq)
random.seed(1)
l = list("abcdefghij")
for _ in range(3):
    random.shuffle(l)
    print("".join(l))
random.seed(-5)
print(random.random())
random.seed(3)
print(round(sum(random.random() for _ in range(1000)), 6), random.choice(range(1000)), random.choice([True, False]))
