-- Distinct staff-like queries for `scripts/bench --semantic-web`: each request joins 2-4 words
-- drawn at random (Danish situations and a few English words), so nearly every text is new and
-- the server embeds it (neither its answer cache nor its query-vector cache can answer).
local words = {
  "far", "mor", "glemmer", "ting", "ensom", "alene", "enkemand", "rengøring", "hjælp", "piller", "medicin",
  "ryger", "stoppe", "drikker", "alkohol", "tænder", "plejehjem", "baby", "mødregruppe", "overvægt", "barn",
  "angst", "uro", "søvn", "stress", "træning", "faldet", "hospitalet", "diabetes", "lunger", "åndenød",
  "demens", "pårørende", "sorg", "død", "kone", "mand", "ung", "job", "uddannelse", "hash", "psykisk", "syg",
  "motion", "svømning", "cykel", "gåtur", "spise", "sammen", "nettet", "venner", "indvandrer", "dansk",
  "lonely", "smoking", "help", "cleaning", "wife", "forgetting", "child", "weight", "pills",
}

local function escape(text)
  return (text:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  local n = math.random(2, 4)
  local parts = {}
  for i = 1, n do parts[i] = words[math.random(#words)] end
  return wrk.format("GET", "/api/search?q=" .. escape(table.concat(parts, " ")))
end
