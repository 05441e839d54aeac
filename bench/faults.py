#!/usr/bin/env python3
"""Load generators and checks for bench/faults (stdlib only). Each subcommand prints one line `key=value ...` that
the bash script turns into its figure; logs of acknowledged writes are lines `ACK <title> [<update no>]` and of refused
ones `NACK <title> <status>`, written only after the answer arrived, so a write counts as acknowledged only after a
2xx."""
import argparse, json, random, sys, threading, time, urllib.error, urllib.request
from concurrent.futures import ThreadPoolExecutor

TIMEOUT = 30


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is the answer (e.g. /health/ready sending to the sign-in page), not something to follow."""
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def call(method, url, token=None, body=None, headers=None, timeout=TIMEOUT):
    """One request → (status, parsed body or None, seconds); status 0 when no HTTP answer came (refused, reset)."""
    h = {"content-type": "application/json", **(headers or {})}
    if token:
        h["authorization"] = "Bearer " + token
    data = json.dumps(body).encode() if body is not None else None
    start = time.monotonic()
    try:
        with OPENER.open(urllib.request.Request(url, data, h, method=method), timeout=timeout) as r:
            raw = r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        raw, status = e.read(), e.code
    except Exception:  # refused, reset, timed out: no answer, so neither acknowledged nor refused
        return 0, None, time.monotonic() - start
    try:
        parsed = json.loads(raw) if raw else None
    except ValueError:
        parsed = raw.decode(errors="replace")
    return status, parsed, time.monotonic() - start


def document(title, node, summary=None, version=None):
    d = {"title": title, "issuer": "故障测试", "nodeId": node, "issuedOn": "2025-01-02"}
    if summary is not None:
        d["summary"] = summary
    if version is not None:
        d["version"] = version
    return d


def pct(values, p):
    if not values:
        return 0.0
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(len(s) * p / 100 + 0.5) - 1))] * 1000


class Log:
    def __init__(self, path):
        self.f, self.lock = open(path, "a", buffering=1), threading.Lock()

    def write(self, line):
        with self.lock:
            self.f.write(line + "\n")
            self.f.flush()


def writer(a, i, log, stop, stats):
    """Create a document, read its version, update it, and again, until told to stop."""
    n = 0
    while not stop.is_set():
        n += 1
        title = f"{a.tag} w{i} #{n}"
        s, body, t = call("POST", a.base + "/documents", a.token, document(title, a.node), headers=a.headers)
        stats.append((time.monotonic(), "write", s, t))
        if s == 201:
            log.write(f"ACK {title}")
            doc = call("GET", a.base + "/documents/" + body["id"], a.token, headers=a.headers)
            if doc[0] == 200:
                s, _, t = call("PUT", a.base + "/documents/" + body["id"], a.token,
                               document(title, a.node, "u1", doc[1]["version"]), headers=a.headers)
                stats.append((time.monotonic(), "write", s, t))
                if 200 <= s < 300:
                    log.write(f"ACK {title} 1")
        elif s:
            log.write(f"NACK {title} {s}")
            time.sleep(0.05)
        else:
            time.sleep(0.1)


def reader(a, stop, stats):
    while not stop.is_set():
        s, _, t = call("GET", a.base + "/documents?pageSize=10", a.token, headers=a.headers)
        stats.append((time.monotonic(), "read", s, t))
        if not s:
            time.sleep(0.1)


def cmd_writers(a):
    """Concurrent writers (and one reader with --readers) for --seconds or until killed."""
    a.headers = {}
    log, stop, stats = Log(a.log), threading.Event(), []
    threads = [threading.Thread(target=writer, args=(a, i, log, stop, stats), daemon=True)
               for i in range(a.writers)]
    threads += [threading.Thread(target=reader, args=(a, stop, stats), daemon=True) for _ in range(a.readers)]
    for t in threads:
        t.start()
    t0, event_at = time.monotonic(), None
    try:
        while time.monotonic() - t0 < a.seconds:
            if a.run and event_at is None and time.monotonic() - t0 >= a.at:
                import subprocess
                subprocess.run(a.run, shell=True, check=False)
                event_at = time.monotonic()
            time.sleep(0.1)
    finally:
        stop.set()
        for t in threads:
            t.join(TIMEOUT + 1)
    if event_at is not None:
        # requests that ended after the event (a kill): who answered them, and did any need a new sign-in
        after = [s for at, _, s, _ in stats if at > event_at]
        before = [s for at, _, s, _ in stats if at <= event_at]
        fmt = lambda c: ",".join(f"{k}x{v}" for k, v in sorted(c.items()))
        print(f"before={len(before)} before_statuses={fmt(_count(before))} after={len(after)} "
              f"after_ok={sum(200 <= s < 300 for s in after)} after_statuses={fmt(_count(after))} "
              f"after_401={after.count(401)}")


def cmd_verify(a):
    """Acknowledged writes (log) against the rows present (title TAB summary per line) → lost and half-written."""
    present = {}
    for line in open(a.rows, encoding="utf-8"):
        title, _, summary = line.rstrip("\n").partition("\t")
        present[title] = summary
    acked = lost = half = nacked = 0
    for line in open(a.log, encoding="utf-8"):
        kind, rest = line.rstrip("\n").split(" ", 1)
        parts = rest.rsplit(" ", 1)
        if kind == "ACK":
            acked += 1
            if parts[-1] == "1" and len(parts) == 2 and parts[0] in present:  # an update: its value must be there
                lost += present[parts[0]] != "u1"
            else:
                lost += rest not in present
        elif kind == "NACK":
            nacked += 1
            half += parts[0] in present
    print(f"acked={acked} lost={lost} refused={nacked} half_written={half}")


def cmd_parallel(a):
    """FLT-3: rounds of N simultaneous updates of one document, all with the version just read."""
    s, body, _ = call("POST", a.base + "/documents", a.token, document(a.tag, a.node))
    if s != 201:
        print(f"error=create-{s}")
        return
    url = a.base + "/documents/" + body["id"]
    winners, conflicts, other = [], 0, {}
    for r in range(a.rounds):
        version = call("GET", url, a.token)[1]["version"]
        barrier = threading.Barrier(a.n)

        def one(k):
            barrier.wait()
            return call("PUT", url, a.token, document(a.tag, a.node, f"r{r} k{k}", version))[0]
        with ThreadPoolExecutor(a.n) as ex:
            statuses = list(ex.map(one, range(a.n)))
        winners.append(sum(200 <= s < 300 for s in statuses))
        conflicts += statuses.count(409)
        for s in statuses:
            if not (200 <= s < 300 or s == 409):
                other[s] = other.get(s, 0) + 1
    print(f"winners={','.join(map(str, winners))} conflicts={conflicts} "
          f"other={','.join(f'{k}x{v}' for k, v in other.items()) or 0}")


def cmd_bruteforce(a):
    """FLT-4: wrong passwords for one account from one address, then from several (X-Forwarded-For), 4 at a time,
    while another user signs in every --every seconds (at least --signins times); then the right password."""
    url = a.base + "/auth/token"
    stop, victim = threading.Event(), []

    def signin_loop():
        while not stop.is_set() or len(victim) < a.signins:
            s, _, t = call("POST", url, body={"userName": a.other, "password": a.other_password},
                           headers={"x-forwarded-for": "10.77.2.1"})
            victim.append((s, t))
            time.sleep(a.every)
    side = threading.Thread(target=signin_loop, daemon=True)
    side.start()
    counts = {"one": {}, "many": {}}

    def attack(k, phase):
        xff = "10.77.1.1" if phase == "one" else f"10.77.3.{k % a.addresses + 1}"
        s = call("POST", url, body={"userName": a.user, "password": f"wrong-{k}-Tx#1"},
                 headers={"x-forwarded-for": xff})[0]
        return phase, s
    with ThreadPoolExecutor(4) as ex:
        for phase in ("one", "many"):
            for ph, s in ex.map(lambda k: attack(k, phase), range(a.tries)):
                counts[ph][s] = counts[ph].get(s, 0) + 1
    stop.set()
    side.join(TIMEOUT * a.signins)
    right = call("POST", url, body={"userName": a.user, "password": a.password},
                 headers={"x-forwarded-for": "10.77.4.1"})[0]
    ok = [t for s, t in victim if s == 200]
    fmt = lambda c: ",".join(f"{k}x{v}" for k, v in sorted(c.items()))
    print(f"one={fmt(counts['one'])} many={fmt(counts['many'])} right_after={right} "
          f"other_ok={len(ok)} other_total={len(victim)} other_statuses={fmt(_count(s for s, _ in victim))} "
          f"other_p95={pct(ok, 95):.0f} other_max={pct(ok, 100):.0f}")


def _count(items):
    c = {}
    for i in items:
        c[i] = c.get(i, 0) + 1
    return c


def cmd_outage(a):
    """FLT-2: writers, a reader and a /health/ready poller; --down-after s in, run --down; --outage s later run --up;
    stop once reads, writes and ready have all succeeded again (or --max s). Prints 503 latency and recovery time."""
    import subprocess
    a.headers = {}
    log, stop, stats = Log(a.log), threading.Event(), []

    def ready():
        while not stop.is_set():
            s, _, t = call("GET", a.health, timeout=10)
            stats.append((time.monotonic(), "ready", s, t))
            time.sleep(0.25)
    threads = [threading.Thread(target=writer, args=(a, i, log, stop, stats), daemon=True) for i in range(2)]
    threads += [threading.Thread(target=reader, args=(a, stop, stats), daemon=True),
                threading.Thread(target=ready, daemon=True)]
    for t in threads:
        t.start()
    time.sleep(a.down_after)
    subprocess.run(a.down, shell=True, check=True)
    down_at = time.monotonic()
    time.sleep(a.outage)
    subprocess.run(a.up, shell=True, check=True)
    up_at = time.monotonic()
    back = {}
    while time.monotonic() - up_at < a.max and len(back) < 3:
        for at, kind, s, t in list(stats):
            # a request that started after the database came back and succeeded
            if at - t >= up_at and 200 <= s < 300 and kind not in back:
                back[kind] = at - up_at
        time.sleep(0.1)
    stop.set()
    for t in threads:
        t.join(TIMEOUT + 1)
    # requests in flight while the database was down: started before its return, answered after its first half
    # second (so a request hung by a stalled server counts with its whole wait)
    during = [(k, s, t) for at, k, s, t in stats if at >= down_at + 0.5 and at - t <= up_at and k != "ready"]
    lat = [t for _, _, t in during]
    ready_codes = _count(s for at, k, s, _ in stats if k == "ready" and at - 0.0 >= down_at + 1 and at <= up_at)
    statuses = ",".join(f"{k}x{v}" for k, v in sorted(_count(s for _, s, _ in during).items()))
    print(f"answers={len(during)} statuses={statuses} "
          f"max={pct(lat, 100):.0f} p95={pct(lat, 95):.0f} "
          f"ready={','.join(f'{k}x{v}' for k, v in sorted(ready_codes.items()))} "
          f"recovered_read={back.get('read', -1):.1f} recovered_write={back.get('write', -1):.1f} "
          f"recovered_ready={back.get('ready', -1):.1f}")


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    common = argparse.ArgumentParser(add_help=False)
    for arg in ("--base", "--token", "--node", "--tag"):
        common.add_argument(arg)
    w = sub.add_parser("writers", parents=[common])
    w.add_argument("--writers", type=int, default=4)
    w.add_argument("--readers", type=int, default=0)
    w.add_argument("--seconds", type=float, default=3600)
    w.add_argument("--log")
    w.add_argument("--run", help="a shell command to run --at seconds in (FLT-6: kill an instance)")
    w.add_argument("--at", type=float, default=3)
    v = sub.add_parser("verify")
    v.add_argument("--log")
    v.add_argument("--rows")
    r = sub.add_parser("parallel", parents=[common])
    r.add_argument("--n", type=int, default=50)
    r.add_argument("--rounds", type=int, default=5)
    b = sub.add_parser("bruteforce", parents=[common])
    for arg in ("--user", "--password", "--other", "--other-password"):
        b.add_argument(arg)
    b.add_argument("--tries", type=int, default=100)
    b.add_argument("--addresses", type=int, default=10)
    b.add_argument("--every", type=float, default=0.5)
    b.add_argument("--signins", type=int, default=10)
    o = sub.add_parser("outage", parents=[common])
    for arg in ("--health", "--down", "--up", "--log"):
        o.add_argument(arg)
    o.add_argument("--writers", type=int, default=2)
    o.add_argument("--down-after", type=float, default=2)
    o.add_argument("--outage", type=float, default=10)
    o.add_argument("--max", type=float, default=30)
    a = p.parse_args()
    {"writers": cmd_writers, "verify": cmd_verify, "parallel": cmd_parallel, "bruteforce": cmd_bruteforce,
     "outage": cmd_outage}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
