# Helper module with __all__, for star-import tests.
__all__ = ["exported", "also"]
exported = "in __all__"
also = 2
not_listed = "not exported by *"
