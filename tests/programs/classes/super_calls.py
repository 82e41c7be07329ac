# super() in single and cooperative multiple inheritance, in __init__ and in class methods.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.log = ["Base"]
    def hello(self):
        return "Base"
class A(Base):
    def __init__(self):
        print("A.__init__")
        super().__init__()
        self.log.append("A")
    def hello(self):
        return "A>" + super().hello()
class B(Base):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.log.append("B")
    def hello(self):
        return "B>" + super().hello()
class C(A, B):
    def __init__(self):
        print("C.__init__")
        super().__init__()
        self.log.append("C")
    def hello(self):
        return "C>" + super().hello()
c = C()
print(c.log, c.hello())
print(super(A, c).hello(), super(C, c).hello())
class P:
    @classmethod
    def make(cls):
        return f"P.make for {cls.__name__}"
class Q(P):
    @classmethod
    def make(cls):
        return "Q wraps " + super().make()
print(Q.make(), Q().make())
class WithArgs(Base):
    def __init__(self, v):
        super().__init__()
        self.v = v
print(WithArgs(7).v)
