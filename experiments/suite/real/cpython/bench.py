# Deterministic CPU workload for CPython-on-WASI.
import json, re, hashlib, sys
from decimal import Decimal, getcontext
from collections import Counter

def sieve(n):
    b = bytearray([1]) * (n + 1); b[0] = b[1] = 0
    for i in range(2, int(n ** 0.5) + 1):
        if b[i]:
            b[i*i::i] = bytearray(len(b[i*i::i]))
    return [i for i, v in enumerate(b) if v]

def pi_digits(prec):
    getcontext().prec = prec + 10
    # Machin formula
    def arctan_inv(x):
        x = Decimal(x); total = term = 1 / x; x2 = x * x; n = 1; sign = -1
        eps = Decimal(10) ** -(prec + 5)
        while abs(term) > eps:
            term /= x2; total += sign * term / (2 * n + 1); n += 1; sign = -sign
        return total
    return str(4 * (4 * arctan_inv(5) - arctan_inv(239)))[:prec + 2]

def nbody(steps):
    import math
    bodies = [[0.0,0.0,0.0, 0.0,0.0,0.0, 39.47841760435743],
              [4.84,-1.16,-0.10, 0.606,2.81,-0.02, 0.037],
              [8.34,4.12,-0.40, -1.01,1.82,0.008, 0.011],
              [12.89,-15.11,-0.22, 1.08,0.868,-0.01, 0.0017],
              [15.37,-25.91,0.17, 0.979,0.594,-0.034, 0.002]]
    dt = 0.01
    for _ in range(steps):
        for i in range(5):
            bi = bodies[i]
            for j in range(i + 1, 5):
                bj = bodies[j]
                dx, dy, dz = bi[0]-bj[0], bi[1]-bj[1], bi[2]-bj[2]
                d2 = dx*dx + dy*dy + dz*dz
                mag = dt / (d2 * math.sqrt(d2))
                bi[3] -= dx * bj[6] * mag; bi[4] -= dy * bj[6] * mag; bi[5] -= dz * bj[6] * mag
                bj[3] += dx * bi[6] * mag; bj[4] += dy * bi[6] * mag; bj[5] += dz * bi[6] * mag
        for b in bodies:
            b[0] += dt * b[3]; b[1] += dt * b[4]; b[2] += dt * b[5]
    return sum(b[0] + b[1] + b[2] for b in bodies)

primes = sieve(200000)
print("primes:", len(primes), primes[-3:])
print("pi:", pi_digits(300)[-20:])
print("nbody: %.9f" % nbody(10000))
text = " ".join("word%d" % (i * 7919 % 1000) for i in range(20000))
c = Counter(re.findall(r"word(\d)\d*", text))
print("counter:", sorted(c.items()))
data = [{"id": i, "name": "n%05d" % i, "vals": [i % 7, i % 11, i % 13]} for i in range(5000)]
s = json.dumps(data, sort_keys=True)
back = json.loads(s)
print("json:", len(s), hashlib.sha256(s.encode()).hexdigest())
print("sorted:", sorted(back, key=lambda d: (d["vals"][2], -d["id"]))[0])
big = pow(3, 20000) * pow(7, 9000)
print("bigint:", big.bit_length(), hashlib.sha256(hex(big).encode()).hexdigest()[:16])
sys.exit(3)
