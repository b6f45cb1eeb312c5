-- EXPLAIN (ANALYZE, BUFFERS) of the SQL the application sends for each benchmarked query (AccountRepository.page, one
-- statement per page, and count, SearchQuery.toSql; first page of 20 = LIMIT 21), with values sampled by bench/request-bodies.sql.
-- Writes :out/explain-NAME.txt. Variables: platform, out.
\set ON_ERROR_STOP on
\i :out/explain-values.psql

\o :out/explain-node.txt
EXPLAIN (ANALYZE, BUFFERS)
SELECT * FROM connected_account a WHERE a.id = :'node_id' AND a.platform_id = :'platform';

\o :out/explain-list.txt
EXPLAIN (ANALYZE, BUFFERS)
SELECT a.* FROM connected_account a WHERE a.platform_id = :'platform' AND a.removed_at IS NULL
ORDER BY a.created_at DESC, a.id DESC LIMIT 21;

\o :out/explain-count_all.txt
EXPLAIN (ANALYZE, BUFFERS)
SELECT count(*) FROM connected_account a WHERE a.platform_id = :'platform' AND a.removed_at IS NULL;

\o :out/explain-email.txt
EXPLAIN (ANALYZE, BUFFERS)
SELECT a.* FROM connected_account a WHERE a.platform_id = :'platform' AND a.removed_at IS NULL
  AND (lower(a.email) = :'search_email_1')
ORDER BY a.created_at DESC, a.id DESC LIMIT 21;

\o :out/explain-name.txt
EXPLAIN (ANALYZE, BUFFERS)
SELECT a.* FROM connected_account a WHERE a.platform_id = :'platform' AND a.removed_at IS NULL
  AND (a.search_name LIKE :'search_name_1' ESCAPE '\')
ORDER BY a.created_at DESC, a.id DESC LIMIT 21;

\o :out/explain-metadata.txt
EXPLAIN (ANALYZE, BUFFERS)
SELECT a.* FROM connected_account a WHERE a.platform_id = :'platform' AND a.removed_at IS NULL
  AND (a.metadata @> CAST(:'search_metadata_1' AS jsonb))
ORDER BY a.created_at DESC, a.id DESC LIMIT 21;

\o :out/explain-combined.txt
EXPLAIN (ANALYZE, BUFFERS)
SELECT a.* FROM connected_account a WHERE a.platform_id = :'platform' AND a.removed_at IS NULL
  AND (a.search_name LIKE :'search_combined_1' ESCAPE '\' AND a.country = :'search_combined_2'
       AND a.metadata @> CAST(:'search_combined_3' AS jsonb))
ORDER BY a.created_at DESC, a.id DESC LIMIT 21;

\o :out/explain-term.txt
EXPLAIN (ANALYZE, BUFFERS)
SELECT a.* FROM connected_account a WHERE a.platform_id = :'platform' AND a.removed_at IS NULL
  AND ((a.search_name LIKE :'search_term_1' ESCAPE '\' OR lower(a.email) LIKE :'search_term_1' ESCAPE '\'))
ORDER BY a.created_at DESC, a.id DESC LIMIT 21;

-- The application's statements are server-side prepared after a few executions (pgjdbc prepareThreshold=5), and
-- PostgreSQL may then switch to a generic plan that does not see the values. What that plan would be:
SET plan_cache_mode = force_generic_plan;
PREPARE bench_name (text, text) AS
SELECT a.* FROM connected_account a WHERE a.platform_id = $1 AND a.removed_at IS NULL
  AND (a.search_name LIKE $2 ESCAPE '\')
ORDER BY a.created_at DESC, a.id DESC LIMIT 21;
\o :out/explain-name_generic_plan.txt
EXPLAIN (ANALYZE, BUFFERS) EXECUTE bench_name (:'platform', :'search_name_1');
PREPARE bench_combined (text, text, text, text) AS
SELECT a.* FROM connected_account a WHERE a.platform_id = $1 AND a.removed_at IS NULL
  AND (a.search_name LIKE $2 ESCAPE '\' AND a.country = $3 AND a.metadata @> CAST($4 AS jsonb))
ORDER BY a.created_at DESC, a.id DESC LIMIT 21;
\o :out/explain-combined_generic_plan.txt
EXPLAIN (ANALYZE, BUFFERS) EXECUTE bench_combined (:'platform', :'search_combined_1', :'search_combined_2',
                                                   :'search_combined_3');
\o
RESET plan_cache_mode;
