-- Staff queries for scripts/bench-web: every request picks one at random, so the server sees
-- varied searches (words, typos, synonyms, ages, filters, nothing found) as at citizen meetings.
local queries = {
  "q=rygestop", "q=sukkersyge&alder=67", "q=82-%C3%A5rig+enkemand+der+sidder+meget+alene",
  "q=ensom&alder=80", "q=demens", "q=genoptr%C3%A6ning", "q=motion&alder=45",
  "q=kan+ikke+holde+p%C3%A5+vandet", "q=alkohol", "q=tandpleje", "q=sorg",
  "q=hjemmehj%C3%A6lp&alder=85", "q=psykisk+s%C3%A5rbar", "q=overv%C3%A6gt+barn&alder=8",
  "q=ung+uden+job&alder=22", "q=p%C3%A5r%C3%B8rende", "q=sv%C3%B8mning",
  "q=stress&behov=soevn-og-stress", "behov=ensomhed-og-faellesskab&alder=70", "q=rygstop",
  "q=KOL&adgang=henvisning-fra-laege", "q=xyzzy+qwerty",
}

-- Formatted once, so that the load generator spends its time on the connections.
local requests = {}
init = function()
  for i, query in ipairs(queries) do requests[i] = wrk.format("GET", "/api/search?" .. query) end
end

-- BENCH_DELAY_MS > 0: each connection waits that long between its requests (a fixed load).
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0") or 0
if pause > 0 then
  delay = function() return pause end
end

request = function()
  return requests[math.random(#requests)]
end
