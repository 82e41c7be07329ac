# Uncaught ModuleNotFoundError.
import math
print(math.floor(1.5))
import not_a_real_module
