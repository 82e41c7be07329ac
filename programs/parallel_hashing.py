# Hashing in parallel: hashlib releases the GIL while it hashes a large buffer (as CPython's C extension
# does for inputs over 2 KiB), so two threads hashing two buffers can use two cores at once even though
# pure-Python code in threads cannot. The same two SHA-256 digests are computed one after the other and
# then on two threads; the digests go to stdout, the timings and the speed-up to stderr.
#
# Run it:   npx pygil programs/parallel_hashing.py [megabytes-per-buffer]
#           npx pygil --gil-stats programs/parallel_hashing.py   (the GIL is barely held while hashing)
#           python3 programs/parallel_hashing.py
# The speed-up is close to 2 on a machine with two idle cores, and near 1 on a busy or single-core one.
import hashlib
import sys
import threading
import time

MB = int(sys.argv[1]) if len(sys.argv) > 1 else 16
CHUNK = 4 << 20  # hash in 4 MiB updates, as one would when reading a big file

# Two different buffers of MB MiB each (repeating a 256-byte pattern is fast to build).
buffers = [bytes(range(256)) * (MB * 4096), bytes(range(255, -1, -1)) * (MB * 4096)]


def sha256_of(data):
    h = hashlib.sha256()
    for start in range(0, len(data), CHUNK):
        h.update(data[start:start + CHUNK])
    return h.hexdigest()


def one_after_the_other():
    return [sha256_of(b) for b in buffers]


def on_two_threads():
    digests = [None, None]
    gate = threading.Barrier(3)

    def work(i):
        gate.wait()  # both threads exist before the clock starts
        digests[i] = sha256_of(buffers[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    gate.wait()
    start = time.perf_counter()
    for t in threads:
        t.join()
    return digests, time.perf_counter() - start


# Sanity checks on small inputs, which every implementation must agree on.
print("sha256(b'abc'):", hashlib.sha256(b"abc").hexdigest())
h = hashlib.sha256()
h.update(b"a")
h.update(b"bc")
print("update in pieces gives the same digest:", h.digest() == hashlib.sha256(b"abc").digest())
print("md5(b''):", hashlib.md5(b"").hexdigest())
print("sha1(b'abc'):", hashlib.sha1(b"abc").hexdigest())

start = time.perf_counter()
sequential = one_after_the_other()
seq_s = time.perf_counter() - start
threaded, thr_s = on_two_threads()

print(f"buffers: 2 x {MB} MiB")
for i, d in enumerate(sequential):
    print(f"buffer {i}: {d}")
print("two threads computed the same digests:", threaded == sequential)
print("one-shot digest agrees with chunked updates:", hashlib.sha256(buffers[0]).hexdigest() == sequential[0])
print(f"[parallel_hashing.py] one after the other: {seq_s:.3f} s; two threads: {thr_s:.3f} s; "
      f"speed-up {seq_s / thr_s:.2f}x", file=sys.stderr)
