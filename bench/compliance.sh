#!/usr/bin/env bash
# Compliance view with a county-year of activities (issue 4): loads the Fengcheng demo into a throw-away SQLite data
# folder (or PostgreSQL when TONGXIN_BENCH_PG is a connection string), adds N activities (default 100,000) for this
# year, starts the app and times GET /api/v1/duties/compliance (county scope, first page) sequentially.
# Usage: bench/compliance.sh [activities] [requests]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}; R=${2:-20}; PORT=${PORT:-5181}
DATA=$(mktemp -d /tmp/tongxin-bench.XXXX)
export ASPNETCORE_ENVIRONMENT=Development Tongxin__DataPath=$DATA Tongxin__Demo=true
if [[ -n "${TONGXIN_BENCH_PG:-}" ]]; then
  export Tongxin__Database__Provider=postgres Tongxin__Database__ConnectionString="$TONGXIN_BENCH_PG"
fi
dotnet build src/Tongxin.Web -c Release -v q -nologo >/dev/null
APP="dotnet src/Tongxin.Web/bin/Release/net10.0/tongxin.dll"
$APP migrate >/dev/null
echo "writing $N activities…"; /usr/bin/time -f "  %e s, max RSS %M KB" $APP demo-activities "$N"
$APP --urls="http://127.0.0.1:$PORT" >"$DATA/app.log" 2>&1 & PID=$!
trap 'kill $PID 2>/dev/null || true; cp "$DATA/app.log" /tmp/tongxin-bench-app.log 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 60); do curl -s "http://127.0.0.1:$PORT/account/login" >/dev/null && break; sleep 1; done
PW=$($APP demo-users | awk '$1=="staff"{print $2}')
TOKEN=$(curl -s -X POST "http://127.0.0.1:$PORT/api/v1/auth/token" -H 'content-type: application/json' \
  -d "{\"userName\":\"staff\",\"password\":\"$PW\"}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["accessToken"])')
URL="http://127.0.0.1:$PORT/api/v1/duties/compliance?pageSize=50"
curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$URL"   # warm-up
for _ in $(seq "$R"); do curl -s -o /dev/null -w "%{time_total}\n" -H "Authorization: Bearer $TOKEN" "$URL"; done | sort -n | awk -v n="$N" '
  { t[NR]=$1 } END { printf "compliance view, county scope, %d activities this year: p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d requests)\n",
    n, t[int(NR*0.5+0.5)]*1000, t[int(NR*0.95+0.5)]*1000, t[NR]*1000, NR }'
echo "server RSS: $(ps -o rss= -p $PID | awk '{printf "%.0f MB", $1/1024}')"
