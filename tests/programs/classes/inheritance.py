# Single inheritance: overriding, calling base methods, isinstance/issubclass, attribute lookup order.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, an " + Animal.kind(self)
class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + f" (age {self.age})"
for a in (Animal("generic"), Dog("rex"), Puppy("bit", 1)):
    print(a.speak(), "|", a.kind(), "|", type(a).__name__)
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), isinstance(Puppy("x", 2), Dog), issubclass(Dog, Dog))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__)
print(issubclass(bool, int), issubclass(int, object), isinstance(True, (str, int)))
