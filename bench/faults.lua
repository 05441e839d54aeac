-- FLT-5 mixed load for wrk: 80 % reads (three lists of the user's town), 20 % writes (a new document each, its title
-- tagged so the rows can be counted afterwards). Prints one line
-- "RESULT requests p50 p95 p99 socket-errors non-2xx acknowledged-writes" (ms) for bench/faults.
-- Usage: wrk ... -s bench/faults.lua -H "Authorization: Bearer …" http://host:port -- <node id> <tag>
local threads = {}
local reads = { "/api/v1/documents?pageSize=20", "/api/v1/people?pageSize=20", "/api/v1/dashboard" }

function setup(thread)
  thread:set("no", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  node, tag, n, acked, bad = args[1], args[2], 0, 0, 0
  math.randomseed(os.time() + no)
  -- wrk.format's own headers replace those of -H, so the write carries the bearer token explicitly
  post_headers = { ["Content-Type"] = "application/json" }
  for k, v in pairs(wrk.headers) do post_headers[k] = v end
end

function request()
  n = n + 1
  if math.random() < 0.2 then
    local body = string.format('{"title":"%s t%d #%d","issuer":"压测","nodeId":"%s","issuedOn":"2025-03-01"}',
      tag, no, n, node)
    return wrk.format("POST", "/api/v1/documents", post_headers, body)
  end
  return wrk.format("GET", reads[math.random(#reads)])
end

function response(status)
  -- only a write answers 201, so the acknowledged writes are counted without knowing which request this was
  if status == 201 then acked = acked + 1 elseif status < 200 or status > 299 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local acks, bads = 0, 0
  for _, t in ipairs(threads) do acks = acks + t:get("acked"); bads = bads + t:get("bad") end
  local e = summary.errors
  io.write(string.format("RESULT %d %.1f %.1f %.1f %d %d %d\n", summary.requests, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, e.connect + e.read + e.write + e.timeout, bads,
    acks))
end
