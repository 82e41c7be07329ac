# hashlib: md5, sha1 and sha256 objects, their attributes and errors (addresses in reprs are cut off).
import hashlib

# Known answers (RFC 1321, FIPS 180-2 examples).
for data in [b'', b'abc', b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', b'a' * 1000]:
    print(len(data), hashlib.md5(data).hexdigest())
    print(len(data), hashlib.sha1(data).hexdigest())
    print(len(data), hashlib.sha256(data).hexdigest())

# Incremental updates equal one update; copy() forks the state.
h = hashlib.sha256()
for i in range(200):
    h.update(bytes([i % 256]) * i)
whole = b''.join(bytes([i % 256]) * i for i in range(200))
print(h.hexdigest() == hashlib.sha256(whole).hexdigest(), len(whole))
c = h.copy()
c.update(b'more')
print(h.hexdigest() != c.hexdigest(), c.hexdigest() == hashlib.sha256(whole + b'more').hexdigest())
print(h.digest() == bytes.fromhex(h.hexdigest()), type(h.digest()).__name__, len(h.digest()))
print(h.update(b'') is None, c is not h)

# A long update (the GIL-releasing path) in the middle of short ones.
m = hashlib.md5(b'x' * 5000)
m.update(b'y')
m.update(b'z' * 70000)
print(m.hexdigest(), hashlib.md5(b'x' * 5000 + b'y' + b'z' * 70000).hexdigest() == m.hexdigest())

# Attributes and names.
for name in ['md5', 'sha1', 'sha256']:
    o = getattr(hashlib, name)(b'hello')
    print(o.name, o.digest_size, o.block_size, len(o.hexdigest()), repr(o).split(' @ ')[0])
print(type(h), type(h).__name__)
print(hashlib.sha256, hashlib.md5, hashlib.sha1)
print(hashlib.new('sha256', b'hi').hexdigest() == hashlib.sha256(b'hi').hexdigest())
print(hashlib.new('SHA256').name, hashlib.new('SHA-1').name, hashlib.new('MD5').name)
print(hashlib.new(name='md5', data=b'a').hexdigest(), hashlib.new('sha1', data=b'a').hexdigest())
print(hashlib.sha256(string=b'abc').hexdigest()[:16], hashlib.md5(b'abc', usedforsecurity=False).hexdigest()[:16])
print('md5' in hashlib.algorithms_guaranteed, 'sha256' in hashlib.algorithms_available)
print(type(hashlib.algorithms_guaranteed).__name__)

# Errors, with CPython's messages.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(lambda: hashlib.sha256('text'))
attempt(lambda: hashlib.sha256(42))
attempt(lambda: hashlib.md5(None))
attempt(lambda: h.update('text'))
attempt(lambda: h.update([1, 2]))
attempt(lambda: h.update())
attempt(lambda: h.update(b'a', b'b'))
attempt(lambda: h.update(data=b'a'))
attempt(lambda: h.digest(1))
attempt(lambda: h.hexdigest(1))
attempt(lambda: hashlib.new('foo'))
attempt(lambda: hashlib.new('sha256', 'text'))
attempt(lambda: hashlib.new(3))
attempt(lambda: hashlib.new())
attempt(lambda: hashlib.new('md5', b'a', b'b'))
attempt(lambda: hashlib.new('md5', foo=1))
attempt(lambda: hashlib.sha256(b'', b''))
attempt(lambda: hashlib.sha256(data=b'a'))
attempt(lambda: hashlib.sha256(b'a', string=b'b'))
attempt(lambda: type(h)())
attempt(lambda: type(h).update(3, b'x'))
attempt(lambda: setattr(h, 'name', 'x'))
attempt(lambda: setattr(h, 'x', 1))
