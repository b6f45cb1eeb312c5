-- Writes the GraphQL request bodies of bench/accounts-search.sh, one JSON document per line, into :out/bodies-*.jsonl.
-- Search values come from a sample of the platform's live accounts, so every search matches at least one account;
-- wrk (bench/graphql.lua) picks a random line per request. json_build_object does the JSON escaping; the search
-- strings quote their values ("...") and the sampled values contain no quote or backslash.
-- Variables: platform, out.
\set ON_ERROR_STOP on
\pset tuples_only on
\pset format unaligned

SELECT setseed(0.17);

\set fields 'id createdAt email status country dashboardAccess businessProfile { name } metadata { key value }'

CREATE TEMP TABLE bench_sample AS
SELECT id, email, search_name, country, metadata
FROM connected_account
WHERE platform_id = :'platform' AND removed_at IS NULL
ORDER BY md5(id || 'bench-sample')
LIMIT 1000;

-- One 4 to 6 letter piece of one word of the searched name, as a user would type part of a business name.
CREATE TEMP TABLE bench_fragment AS
SELECT s.id, s.country, s.metadata,
       substr(x.word, 1 + floor(random() * (length(x.word) - x.len + 1))::int, x.len) AS fragment
FROM bench_sample s
CROSS JOIN LATERAL (
    SELECT w AS word, least(length(w), 4 + floor(random() * 3)::int) AS len
    FROM unnest(regexp_split_to_array(s.search_name, '\s+')) AS w
    WHERE w ~ '^[a-z]{4,}$' AND s.id IS NOT NULL
    ORDER BY random()
    LIMIT 1
) AS x;

\o :out/bodies-node.jsonl
SELECT json_build_object('query', 'query Node($id: ID!) { connectedAccount(id: $id) { ' || :'fields' || ' } }',
                         'variables', json_build_object('id', id))
FROM bench_sample;

\o :out/bodies-list.jsonl
SELECT json_build_object('query', 'query List { connectedAccounts(first: 20) { nodes { ' || :'fields'
                                  || ' } pageInfo { hasNextPage endCursor } } }');

\o :out/bodies-list_100.jsonl
SELECT json_build_object('query', 'query List100 { connectedAccounts(first: 100) { nodes { ' || :'fields'
                                  || ' } pageInfo { hasNextPage endCursor } } }');

\o :out/bodies-list_total.jsonl
SELECT json_build_object('query', 'query ListWithCount { connectedAccounts(first: 20) { totalCount nodes { '
                                  || :'fields' || ' } pageInfo { hasNextPage endCursor } } }');

-- The searches share one document; only the search variable changes.
-- v1..v3: the values as the application binds them (lower-cased, LIKE patterns, JSON), for the EXPLAIN step.
CREATE TEMP TABLE bench_search (scenario text, search text, v1 text, v2 text, v3 text);

-- Exact email; one in five typed in capitals (the match ignores case).
INSERT INTO bench_search
SELECT 'search_email', format('email:"%s"', CASE WHEN random() < 0.2 THEN upper(email) ELSE email END), lower(email)
FROM bench_sample WHERE email IS NOT NULL;

INSERT INTO bench_search
SELECT 'search_name', format('name~"%s"', fragment), '%' || fragment || '%' FROM bench_fragment;

-- One random key of the account's metadata with its value: tier and segment are common values, crm_id unique,
-- sales_rep in between.
INSERT INTO bench_search
SELECT 'search_metadata', format('metadata["%s"]:"%s"', kv.key, kv.value), json_build_object(kv.key, kv.value)::text
FROM bench_sample s
CROSS JOIN LATERAL (
    SELECT key, value FROM jsonb_each_text(s.metadata) WHERE s.id IS NOT NULL ORDER BY random() LIMIT 1
) AS kv;

INSERT INTO bench_search
SELECT 'search_combined', format('name~"%s" country:"%s" metadata["tier"]:"%s"', fragment, country, metadata ->> 'tier'),
       '%' || fragment || '%', country, json_build_object('tier', metadata ->> 'tier')::text
FROM bench_fragment WHERE metadata ? 'tier';

-- A bare term: name or email contains it.
INSERT INTO bench_search
SELECT 'search_term', fragment, '%' || fragment || '%' FROM bench_fragment;

\o :out/bodies-search_email.jsonl
SELECT json_build_object('query', 'query Search($search: String) { connectedAccounts(first: 20, search: $search) { nodes { '
                                  || :'fields' || ' } pageInfo { hasNextPage endCursor } } }',
                         'variables', json_build_object('search', search))
FROM bench_search WHERE scenario = 'search_email';
\o :out/bodies-search_name.jsonl
SELECT json_build_object('query', 'query Search($search: String) { connectedAccounts(first: 20, search: $search) { nodes { '
                                  || :'fields' || ' } pageInfo { hasNextPage endCursor } } }',
                         'variables', json_build_object('search', search))
FROM bench_search WHERE scenario = 'search_name';
\o :out/bodies-search_metadata.jsonl
SELECT json_build_object('query', 'query Search($search: String) { connectedAccounts(first: 20, search: $search) { nodes { '
                                  || :'fields' || ' } pageInfo { hasNextPage endCursor } } }',
                         'variables', json_build_object('search', search))
FROM bench_search WHERE scenario = 'search_metadata';
\o :out/bodies-search_combined.jsonl
SELECT json_build_object('query', 'query Search($search: String) { connectedAccounts(first: 20, search: $search) { nodes { '
                                  || :'fields' || ' } pageInfo { hasNextPage endCursor } } }',
                         'variables', json_build_object('search', search))
FROM bench_search WHERE scenario = 'search_combined';
\o :out/bodies-search_term.jsonl
SELECT json_build_object('query', 'query Search($search: String) { connectedAccounts(first: 20, search: $search) { nodes { '
                                  || :'fields' || ' } pageInfo { hasNextPage endCursor } } }',
                         'variables', json_build_object('search', search))
FROM bench_search WHERE scenario = 'search_term';

-- The values the EXPLAIN step uses (bench/explain-searches.sql), as psql \set commands: the first of each kind.
\o :out/explain-values.psql
SELECT format('\set node_id %s', quote_literal(id)) FROM bench_sample LIMIT 1;
SELECT format('\set %s_%s %s', scenario, n, quote_literal(v))
FROM (SELECT DISTINCT ON (scenario) * FROM bench_search ORDER BY scenario, ctid) AS first_of_each
CROSS JOIN LATERAL (VALUES (1, v1), (2, v2), (3, v3)) AS vals (n, v)
WHERE v IS NOT NULL
ORDER BY scenario, n;
\o

-- The same searches as plain SQL (the application's statement for the first page, values as it binds them), 100 per
-- kind, for the "SQL alone" timing of bench/accounts-search.sh (psql \timing, one after another).
\set q_head 'SELECT a.* FROM connected_account a WHERE a.platform_id = ' :'platform' ' AND a.removed_at IS NULL AND ('
\set q_tail ') ORDER BY a.created_at DESC, a.id DESC LIMIT 21;'
\o :out/sql-search_email.sql
SELECT :'q_head' || format('lower(a.email) = %L', v1) || :'q_tail'
FROM bench_search WHERE scenario = 'search_email' ORDER BY ctid LIMIT 100;
\o :out/sql-search_name.sql
SELECT :'q_head' || format('a.search_name LIKE %L ESCAPE %L', v1, '\') || :'q_tail'
FROM bench_search WHERE scenario = 'search_name' ORDER BY ctid LIMIT 100;
\o :out/sql-search_metadata.sql
SELECT :'q_head' || format('a.metadata @> CAST(%L AS jsonb)', v1) || :'q_tail'
FROM bench_search WHERE scenario = 'search_metadata' ORDER BY ctid LIMIT 100;
\o :out/sql-search_combined.sql
SELECT :'q_head' || format('a.search_name LIKE %L ESCAPE %L AND a.country = %L AND a.metadata @> CAST(%L AS jsonb)',
                           v1, '\', v2, v3) || :'q_tail'
FROM bench_search WHERE scenario = 'search_combined' ORDER BY ctid LIMIT 100;
\o :out/sql-search_term.sql
SELECT :'q_head' || format('(a.search_name LIKE %L ESCAPE %L OR lower(a.email) LIKE %L ESCAPE %L)', v1, '\', v1, '\')
       || :'q_tail'
FROM bench_search WHERE scenario = 'search_term' ORDER BY ctid LIMIT 100;
\o
