"""Tables of a bench/run results file: python3 bench/summary.py results.tsv [connections].

Each line: db, scale, request, p50, p95, p99, rps, errors, RSS (MB), round (empty when measured once). A request
measured in several rounds is shown by the median of each column (RSS: the largest), and the county/province
comparison uses the median p95 of each scale, with the ratio of every round beside it.
"""
import statistics
import sys
from collections import defaultdict

path = sys.argv[1]
connections = sys.argv[2] if len(sys.argv) > 2 else "32"
rows = defaultdict(list)  # (db, scale, request) -> [fields]
order = []
for line in open(path, encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if len(f) < 9:
        continue
    key = (f[0], f[1], f[2])
    if key not in rows:
        order.append(key)
    rows[key].append(f[3:10] + [""] * (10 - len(f)))


def num(v):
    try:
        return float(v)
    except ValueError:
        return None


def med(values):
    xs = [x for x in map(num, values) if x is not None]
    return statistics.median(xs) if xs else None


def cell(v, digits=1):
    return "-" if v is None else f"{v:.{digits}f}"


def p95(key):
    return med(r[1] for r in rows[key])


print(f"Results (ms; rps = requests per second at {connections} connections; RSS = server memory after the run, MB;")
print(" n = rounds, each column their median)")
print(f"{'db':<9} {'scale':<9} {'request':<34} {'p50':>8} {'p95':>8} {'p99':>8} {'rps':>8} {'err':>6} {'RSS':>6} {'n':>3}")
for key in order:
    rs = rows[key]
    errors = [num(r[4]) for r in rs if num(r[4]) is not None]
    rss = [num(r[5]) for r in rs if num(r[5]) is not None]
    print(f"{key[0]:<9} {key[1]:<9} {key[2]:<34} {cell(med(r[0] for r in rs)):>8} {cell(med(r[1] for r in rs)):>8} "
          f"{cell(med(r[2] for r in rs)):>8} {cell(med(r[3] for r in rs)):>8} "
          f"{(cell(sum(errors), 0) if errors else '-'):>6} {(cell(max(rss), 0) if rss else '-'):>6} {len(rs):>3}")

print()
print("App / SQL, one request at a time (p95; target ≤ 3×). raw = the list's SQL run straight on the database in an open")
print(" session; DB = the time its statements took as the app reports it (Server-Timing), for every list")
for key in order:
    if not key[2].endswith(", one at a time"):
        continue
    name = key[2][: -len(", one at a time")]
    app = p95(key)
    raw, db = (p95(k) if k in rows else None for k in ((key[0], key[1], "raw SQL of the " + name), (key[0], key[1], "DB time of the " + name)))
    if not app:
        continue
    line = f"  {key[0]:<9} {key[1]:<9} {name:<16} app {app:7.1f} ms"
    line += f"   raw {raw:7.1f} ms ({app / raw:.1f}×)" if raw else f"   raw {'-':>7}   {'':>6}"
    line += f"   DB {db:7.1f} ms ({app / db:.1f}×)" if db else ""
    worst = max([app / x for x in (raw, db) if x] or [0])
    print(line + ("  (over target)" if worst > 3 else ""))

scales = {k[1] for k in order}
if {"county", "province"} <= scales:
    print()
    print("County-scoped requests, province data against county data (median p95 of the rounds; target ≤ 1.5×)")
    seen = set()
    for db, _, request in order:
        if "(county)" not in request or "import" in request or (db, request) in seen:
            continue
        seen.add((db, request))
        county, province = rows.get((db, "county", request)), rows.get((db, "province", request))
        if not county or not province:
            continue
        c, p = p95((db, "county", request)), p95((db, "province", request))
        if not c:
            continue
        by_round = {r[6]: num(r[1]) for r in county if r[6]}
        per_round = [num(r[1]) / by_round[r[6]] for r in province if r[6] in by_round and by_round[r[6]]]
        rounds = f"  rounds {', '.join(f'{x:.2f}' for x in per_round)}" if len(per_round) > 1 else ""
        flag = "" if p / c <= 1.5 else "  (over target)"
        print(f"  {db:<9} {request:<32} county {c:7.1f}  province {p:7.1f}  {p / c:.2f}×{flag}{rounds}")
