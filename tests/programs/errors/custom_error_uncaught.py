# Uncaught custom exception class from __main__: shown without a module prefix.
class InvalidConfig(Exception):
    pass
def load(cfg):
    if "name" not in cfg:
        raise InvalidConfig(f"missing 'name' in {sorted(cfg)}")
    return cfg["name"]
print(load({"name": "ok"}))
load({"size": 1, "color": 2})
