-- name~"..." at 1,000,000 accounts (docs/benchmarks.md, bench/accounts-search.sh): a search is a LIKE '%fragment%'
-- with ORDER BY created_at DESC LIMIT n, and the planner picks between walking the created_at index until n rows
-- match (cheap when many accounts match) and collecting every match through the trigram index, then sorting (cheap
-- when few do). It estimates how many match by trying the pattern on the column's histogram, which has 100 entries by
-- default: a fragment found in none of them (most 4-6 letter fragments) was estimated at 98 rows when 17,000 matched,
-- and the plan that visits all 17,000 took 60-170 ms where the index walk takes 2 ms. With 1,000 entries the
-- estimates are within about 2x for fragments matching 0.1 % or more: SQL p99 of the benchmark's name searches
-- 140 ms -> 6 ms, bare terms 55 ms -> 11 ms. ANALYZE takes longer (seconds at 1M rows, in autovacuum's worker).
ALTER TABLE connected_account ALTER COLUMN search_name SET STATISTICS 1000;

-- Take the larger sample now rather than at autovacuum's next analyze.
ANALYZE connected_account;
