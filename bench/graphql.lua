-- wrk script for bench/accounts-search.sh: POSTs GraphQL bodies picked at random from a file and reports latency
-- percentiles in one machine-readable line.
--
--   wrk -t2 -c4 -d10s -s bench/graphql.lua http://127.0.0.1:PORT/graphql -- BODIES_FILE TOKEN LABEL
--
-- BODIES_FILE holds one complete JSON request body per line ({"query": ..., "variables": ...}). A response that is not
-- HTTP 200 or whose body carries "errors" counts as an error (GraphQL reports failures with HTTP 200).

local threads = {}

function setup(thread)
   thread:set("id", #threads + 1)
   thread:set("failures", 0)
   thread:set("empty", 0)
   table.insert(threads, thread)
end

function init(args)
   local path, token = args[1], args[2]
   label = args[3] or "graphql"
   bodies = {}
   for line in io.lines(path) do
      if #line > 0 then
         bodies[#bodies + 1] = line
      end
   end
   if #bodies == 0 then
      error("no request bodies in " .. tostring(path))
   end
   math.randomseed(os.time() * 100 + id)
   headers = {
      ["Content-Type"] = "application/json",
      ["Accept"] = "application/json",
      ["Authorization"] = "Bearer " .. token,
   }
   failures = 0
   empty = 0
end

function request()
   return wrk.format("POST", nil, headers, bodies[math.random(#bodies)])
end

function response(status, resp_headers, body)
   if status ~= 200 or string.find(body, '"errors"', 1, true) then
      failures = failures + 1
      if failures == 1 then
         io.stderr:write(label .. ": first failed response (HTTP " .. status .. "): " .. string.sub(body, 1, 400) .. "\n")
      end
   elseif string.find(body, '"nodes":[]', 1, true) or string.find(body, '"connectedAccount":null', 1, true) then
      empty = empty + 1
   end
end

function done(summary, latency, requests)
   local failed, empties = 0, 0
   for _, thread in ipairs(threads) do
      failed = failed + thread:get("failures")
      empties = empties + thread:get("empty")
   end
   local label = threads[1] and threads[1]:get("label") or "graphql"
   local errors = summary.errors
   local socket = errors.connect + errors.read + errors.write + errors.timeout
   local seconds = summary.duration / 1e6
   io.write(string.format(
      "RESULT label=%s requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f "
         .. "mean_ms=%.2f failed=%d socket_errors=%d http_errors=%d empty_results=%d\n",
      label, summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, latency.mean / 1000, failed, socket, errors.status, empties))
end
