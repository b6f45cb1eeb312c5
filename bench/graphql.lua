-- wrk script of the bench/ scripts: POSTs GraphQL bodies picked at random from a file and reports latency
-- percentiles in one machine-readable line.
--
--   wrk -t2 -c4 -d10s -s bench/graphql.lua http://127.0.0.1:PORT/graphql -- BODIES_FILE TOKEN LABEL
--
-- BODIES_FILE holds one complete JSON request body per line ({"query": ..., "variables": ...}). A response that is not
-- HTTP 200 or whose body carries "errors" counts as an error (GraphQL reports failures with HTTP 200); graphql_errors
-- counts the latter alone, user_errors the responses with a non-empty "userErrors" list (a refused mutation).
-- Every @KEY@ in a body is replaced by a key unique to the request (LABEL, start time, thread, counter): an
-- idempotency key for mutations.

local threads = {}

function setup(thread)
   thread:set("id", #threads + 1)
   thread:set("failures", 0)
   thread:set("empty", 0)
   thread:set("graphql_errors", 0)
   thread:set("user_errors", 0)
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
   graphql_errors = 0
   user_errors = 0
   sent = 0
   key_prefix = label .. "-" .. os.time() .. "-" .. id .. "-"
end

function request()
   local body = bodies[math.random(#bodies)]
   if string.find(body, "@KEY@", 1, true) then
      sent = sent + 1
      body = string.gsub(body, "@KEY@", key_prefix .. sent)
   end
   return wrk.format("POST", nil, headers, body)
end

function response(status, resp_headers, body)
   local graphql_error = string.find(body, '"errors"', 1, true)
   if graphql_error then
      graphql_errors = graphql_errors + 1
   end
   if string.find(body, '"userErrors":[{', 1, true) then
      user_errors = user_errors + 1
      if user_errors == 1 then
         io.stderr:write(label .. ": first userErrors: " .. string.sub(body, 1, 400) .. "\n")
      end
   end
   if status ~= 200 or graphql_error then
      failures = failures + 1
      if failures == 1 then
         io.stderr:write(label .. ": first failed response (HTTP " .. status .. "): " .. string.sub(body, 1, 400) .. "\n")
      end
   elseif string.find(body, '"nodes":[]', 1, true) or string.find(body, '"connectedAccount":null', 1, true) then
      empty = empty + 1
   end
end

function done(summary, latency, requests)
   local failed, empties, graphql, refused = 0, 0, 0, 0
   for _, thread in ipairs(threads) do
      failed = failed + thread:get("failures")
      empties = empties + thread:get("empty")
      graphql = graphql + thread:get("graphql_errors")
      refused = refused + thread:get("user_errors")
   end
   local label = threads[1] and threads[1]:get("label") or "graphql"
   local errors = summary.errors
   local socket = errors.connect + errors.read + errors.write + errors.timeout
   local seconds = summary.duration / 1e6
   io.write(string.format(
      "RESULT label=%s requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f "
         .. "mean_ms=%.2f failed=%d socket_errors=%d http_errors=%d empty_results=%d graphql_errors=%d user_errors=%d\n",
      label, summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, latency.mean / 1000, failed, socket, errors.status, empties, graphql, refused))
end
