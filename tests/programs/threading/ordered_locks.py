# Deadlock-free transfers: every thread takes the two account locks in one global order (by account number).
import threading

N_ACCOUNTS = 5
balances = [100] * N_ACCOUNTS
locks = [threading.Lock() for _ in range(N_ACCOUNTS)]


def transfer(src, dst, amount):
    first, second = (src, dst) if src < dst else (dst, src)
    with locks[first]:
        with locks[second]:
            if balances[src] >= amount:
                balances[src] -= amount
                balances[dst] += amount
                return True
            return False


def teller(k):
    # Tellers move money in opposite directions: with unordered locking two of them could deadlock.
    for i in range(300):
        a = (k + i) % N_ACCOUNTS
        b = (k + 2 * i + 1) % N_ACCOUNTS
        if a != b:
            if k % 2:
                transfer(a, b, (i % 7) + 1)
            else:
                transfer(b, a, (i % 5) + 1)


ts = [threading.Thread(target=teller, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total preserved:", sum(balances) == 100 * N_ACCOUNTS)
print("no negative balance:", all(b >= 0 for b in balances))
print("all locks free:", not any(l.locked() for l in locks))
print("all tellers finished:", not any(t.is_alive() for t in ts))
