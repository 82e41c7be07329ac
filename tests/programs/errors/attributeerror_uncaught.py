# Uncaught AttributeError on a user object.
class Robot:
    def __init__(self):
        self.name = "R2"
r = Robot()
print(r.name)
r.fly()
