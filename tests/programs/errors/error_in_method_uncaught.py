# Uncaught exception from a dunder method called implicitly by an operator.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if not isinstance(other, Money):
            raise TypeError(f"cannot add Money and {type(other).__name__}")
        return Money(self.cents + other.cents)
total = Money(5) + Money(7)
print(total.cents)
total = total + 3
