# while loops with else, break and continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("loop finished normally")
n = 0
while True:
    n += 1
    if n * n > 50:
        break
print("n =", n)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        print("found 4")
        break
else:
    print("no 4, k =", k)
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 15)])
while False:
    print("never")
else:
    print("else of a loop that never ran")
