# Uncaught KeyError with a tuple key and one with an empty-string key.
grid = {(0, 0): "origin"}
print(grid[0, 0])
print(grid[(1, 2)])
