# Helper module that fails while being imported.
value = 1
raise ValueError("import-time failure")
