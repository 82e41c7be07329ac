# RLock: the owner may acquire it again; others get it only when every acquire has a matching release.
import threading

rlock = threading.RLock()
print("three acquires:", rlock.acquire(), rlock.acquire(), rlock.acquire())
rlock.release()
rlock.release()
other = []


def try_take():
    got = rlock.acquire(blocking=False)
    other.append(got)
    if got:
        rlock.release()


t = threading.Thread(target=try_take)
t.start()
t.join()
print("other thread while still held once:", other)
rlock.release()
t = threading.Thread(target=try_take)
t.start()
t.join()
print("other thread after full release:", other)

# Recursion through methods that each take the same RLock.
class Account:
    def __init__(self):
        self.lock = threading.RLock()
        self.balance = 0

    def deposit(self, n):
        with self.lock:
            self.balance += n

    def deposit_many(self, amounts):
        with self.lock:
            for a in amounts:
                self.deposit(a)


def countdown(n):
    with rlock:
        return 0 if n == 0 else 1 + countdown(n - 1)


acct = Account()
threads = [threading.Thread(target=acct.deposit_many, args=([1, 2, 3],)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance:", acct.balance)
print("recursive depth:", countdown(25))
t = threading.Thread(target=try_take)
t.start()
t.join()
print("free again:", other[-1])
