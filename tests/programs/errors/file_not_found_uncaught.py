# Uncaught FileNotFoundError from open().
print("opening")
with open("no_such_file_for_pygil.txt") as f:
    print(f.read())
