-- Staff queries for scripts/bench-web: every request picks one at random, so the server sees
-- varied searches (words, typos, synonyms, ages, filters, nothing found) as at citizen meetings.
-- With BENCH_QUERIES=FILE the requests are instead the file's query strings in order, one each
-- (scripts/bench-web-queries.py writes fresh searches that seldom repeat, so the answer cache
-- cannot carry the load); with BENCH_RANDOM=1 as well, each request picks one of the file's lines
-- at random instead (a few hundred distinct searches, each seen again and again). BENCH_GZIP=1
-- asks for gzip as browsers do. BENCH_COUNT=1 counts the answers ranked hybrid and lexical (and
-- how many of those said the model was busy) and prints the counts at the end.
local queries = {
  "q=rygestop", "q=sukkersyge&alder=67", "q=82-%C3%A5rig+enkemand+der+sidder+meget+alene",
  "q=ensom&alder=80", "q=demens", "q=genoptr%C3%A6ning", "q=motion&alder=45",
  "q=kan+ikke+holde+p%C3%A5+vandet", "q=alkohol", "q=tandpleje", "q=sorg",
  "q=hjemmehj%C3%A6lp&alder=85", "q=psykisk+s%C3%A5rbar", "q=overv%C3%A6gt+barn&alder=8",
  "q=ung+uden+job&alder=22", "q=p%C3%A5r%C3%B8rende", "q=sv%C3%B8mning",
  "q=stress&behov=soevn-og-stress", "behov=ensomhed-og-faellesskab&alder=70", "q=rygstop",
  "q=KOL&adgang=henvisning-fra-laege", "q=xyzzy+qwerty",
}

local file = os.getenv("BENCH_QUERIES")
local headers = {}
if os.getenv("BENCH_GZIP") == "1" then headers["Accept-Encoding"] = "gzip" end

-- Formatted once, so that the load generator spends its time on the connections.
local requests = {}
local inOrder = false
init = function()
  if file then
    queries = {}
    for line in io.lines(file) do queries[#queries + 1] = line end
    inOrder = os.getenv("BENCH_RANDOM") ~= "1"
  end
  for i, query in ipairs(queries) do requests[i] = wrk.format("GET", "/api/search?" .. query, headers) end
end

-- BENCH_DELAY_MS > 0: each connection waits that long between its requests (a fixed load).
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0") or 0
if pause > 0 then
  delay = function() return pause end
end

local next = 0
request = function()
  if inOrder then
    next = next % #requests + 1
    return requests[next]
  end
  return requests[math.random(#requests)]
end

if os.getenv("BENCH_COUNT") == "1" then
  local threads = {}
  setup = function(thread) threads[#threads + 1] = thread end
  hybrid, lexical, busy = 0, 0, 0
  response = function(status, headers, body)
    if body:find('"rangering":"hybrid"', 1, true) then hybrid = hybrid + 1 else lexical = lexical + 1 end
    if body:find('"status":"optaget"', 1, true) then busy = busy + 1 end
  end
  done = function(summary, latency, requests)
    local h, l, b = 0, 0, 0
    for _, thread in ipairs(threads) do
      h, l, b = h + thread:get("hybrid"), l + thread:get("lexical"), b + thread:get("busy")
    end
    io.write(string.format("rangering: hybrid %d, leksikalsk %d (heraf sprogmodellen optaget %d)\n", h, l, b))
  end
end
