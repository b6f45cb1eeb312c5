-- Search at 1,000,000 accounts (docs/benchmarks.md, bench/accounts-search.sh): two plans that went wrong at that scale.

-- 1. email:"..." (lower(a.email) = :s1) took 2.3 s instead of 0.1 ms. The planner ignores the statistics of partial
-- expression indexes such as connected_account_email_idx, so it had none for lower(email), assumed 0.5 % of the rows
-- match, and walked the created_at index (ORDER BY ... LIMIT) through every account. Statistics on the expression
-- itself give it the real selectivity (one row), and the email btree is used again. The same statistics serve
-- lower(email) LIKE (email~ and bare terms).
CREATE STATISTICS connected_account_lower_email_stats ON (lower(email)) FROM connected_account;

-- 2. Combined searches such as name~"ateri" country:"SG" metadata["tier"]:"bronze" (p99 0.4 s, up to 1 s in SQL):
-- each condition alone matches thousands of accounts, together a few dozen, so neither walking the created_at index
-- nor one single-column index is cheap. One GIN index over the three columns intersects the conditions inside the
-- index and visits only the matching rows. btree_gin (trusted, like pg_trgm) lets GIN index the country's equality.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX connected_account_search_combined_idx ON connected_account
    USING gin (country, search_name gin_trgm_ops, metadata jsonb_path_ops)
    WHERE removed_at IS NULL;

-- The expression statistics exist only after an ANALYZE; do not wait for autovacuum.
ANALYZE connected_account;
