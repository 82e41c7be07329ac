# Uncaught IndexError from a list inside a loop.
data = [10, 20, 30]
for i in range(5):
    print(i, data[i])
