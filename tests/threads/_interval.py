import gil
print(gil.get_interval())
