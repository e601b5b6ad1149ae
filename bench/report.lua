-- wrk's report for bench/pages.py: one line it parses (bench/wrk.py), latencies in µs.
-- With a response() hook (bench/actions.lua), each thread also counts its answers by class.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local function answers(name)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + (thread:get(name) or 0)
  end
  return total
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "bench-result requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d "
      .. "status_errors=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d "
      .. "answers_2xx=%d answers_3xx=%d answers_4xx=%d answers_5xx=%d answers_429=%d\n",
    summary.requests, summary.duration,
    math.floor(latency:percentile(50)), math.floor(latency:percentile(95)),
    math.floor(latency:percentile(99)), math.floor(latency.max),
    errors.status, errors.connect, errors.read, errors.write, errors.timeout,
    answers("answers_2xx"), answers("answers_3xx"), answers("answers_4xx"),
    answers("answers_5xx"), answers("answers_429")
  ))
end
