-- /healthz, asked by one connection every BENCH_DELAY_MS (default 10) milliseconds, beside a load
-- (scripts/bench --sentences): how long a health check waits while the server embeds.
wrk.path = "/healthz"
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "10") or 10
delay = function() return pause end
