# FizzBuzz from 1 to 30, then the counts of each kind.
counts = {"Fizz": 0, "Buzz": 0, "FizzBuzz": 0, "number": 0}
for i in range(1, 31):
    if i % 15 == 0:
        word = "FizzBuzz"
    elif i % 3 == 0:
        word = "Fizz"
    elif i % 5 == 0:
        word = "Buzz"
    else:
        word = str(i)
    counts[word if not word.isdigit() else "number"] += 1
    print(word)
print(counts)
