# raise SystemExit(code) directly, with a large status.
print("raising SystemExit(42)")
raise SystemExit(42)
