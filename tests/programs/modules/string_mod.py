# string module constants.
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace), len(string.printable))
print(all(c in string.printable for c in string.ascii_letters + string.digits))
print(string.capwords("hello   big world") if hasattr(string, "capwords") else "")
