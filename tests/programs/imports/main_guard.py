# The if __name__ == "__main__" idiom: runs here, not in imported modules.
import _shapes
def main():
    print("main() running in", __name__)
    return 0
if __name__ == "__main__":
    main()
else:
    print("imported")
print(_shapes.__name__ != "__main__")
