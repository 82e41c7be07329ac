# operator: arithmetic and comparison functions, itemgetter, attrgetter.
import operator
from operator import itemgetter, attrgetter
print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3))
print(operator.neg(5), operator.pow(2, 5), operator.eq(1, 1.0), operator.lt(1, 2), operator.not_(0), operator.truth([1]))
print(operator.getitem([1, 2, 3], 1), operator.contains("abc", "b"), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3))
rows = [("b", 2, "x"), ("a", 3, "y"), ("c", 1, "z")]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 2)(rows[0]), list(map(itemgetter(0), rows)))
class P:
    def __init__(self, n, a):
        self.name, self.age = n, a
ps = [P("x", 30), P("y", 20)]
print([p.name for p in sorted(ps, key=attrgetter("age"))], attrgetter("name", "age")(ps[0]))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
