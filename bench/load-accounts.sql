-- Loads benchmark data into a database migrated by the application's Flyway scripts (V1, V2, ...).
-- Run by bench/accounts-search.sh through psql with these variables:
--   platform  the platform the benchmark token belongs to (gets :accounts accounts)
--   accounts  number of accounts of that platform, e.g. 1000000
--   others    number of accounts spread over three other platforms, e.g. 5000
--   layout    the rows' physical order: created (as they are created, one in five moved to where it was last updated)
--             or random (no relation to creation time); docs/benchmarks.md, "Table layout"
-- Everything is generated in SQL (INSERT ... SELECT generate_series); nothing goes through the API.
-- The values respect every CHECK constraint of connected_account (V2__connected_accounts.sql).
\set ON_ERROR_STOP on
\timing on

SELECT setseed(0.4242);

-- Platforms: the measured one with a complete profile (url, description, support and notification emails), and three
-- neighbours whose accounts must never show up in the measured platform's results.
INSERT INTO platform (platform_id, name, country, default_currency, url, product_description, support_email,
                      notification_email, created_at, updated_at)
VALUES (:'platform', 'Bench Marketplace', 'US', 'usd', 'https://bench-marketplace.example',
        'A marketplace used to benchmark connected-account search', 'support@bench-marketplace.example',
        'ops@bench-marketplace.example', now() - interval '3 years', now()),
       ('plat_BenchOther1', 'Other Platform One', 'GB', 'gbp', 'https://other1.example', 'Another marketplace',
        'support@other1.example', 'ops@other1.example', now() - interval '3 years', now()),
       ('plat_BenchOther2', 'Other Platform Two', 'FR', 'eur', 'https://other2.example', 'Another marketplace',
        'support@other2.example', 'ops@other2.example', now() - interval '3 years', now()),
       ('plat_BenchOther3', 'Other Platform Three', 'DE', 'eur', 'https://other3.example', 'Another marketplace',
        'support@other3.example', 'ops@other3.example', now() - interval '3 years', now());

-- Secondary indexes are dropped during the bulk insert and re-created afterwards from their own definitions (exactly
-- what the migrations created, whatever migrations exist), which is several times faster than maintaining them row by row.
CREATE TEMP TABLE bench_index_ddl AS
SELECT indexname, indexdef
FROM pg_indexes
WHERE schemaname = current_schema() AND tablename = 'connected_account'
  AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'connected_account'::regclass);
SELECT string_agg(indexname, ', ' ORDER BY indexname) AS "secondary indexes rebuilt after the load" FROM bench_index_ddl;
SELECT format('DROP INDEX %I', indexname) FROM bench_index_ddl \gexec

-- One row per account. Every random draw is taken once, in the innermost query (OFFSET 0 keeps the planner from
-- inlining it, which would draw again for every reference); the levels above only derive correlated values from them.
SET maintenance_work_mem = '512MB';
SET work_mem = '1GB';  -- the ORDER BY of the layout sorts in memory
SET synchronous_commit = off;
INSERT INTO connected_account (
    platform_id, id, created_at, removed_at, country, default_currency, email, phone, business_type, business_name,
    business_url, business_mcc, business_product_description, business_support_email, business_support_phone,
    company, individual, metadata, dashboard_access, platform_liable_for_negative_balances, requirement_collection,
    status, details_submitted, charges_enabled, payouts_enabled, tos_accepted_at, last_activity_at, payout_interval,
    payout_delay_days, payout_weekly_anchor, payout_monthly_anchor, updated_at)
SELECT
    p.platform_id,
    p.id,
    p.created_at,
    CASE WHEN p.r_removed < 0.01 THEN p.created_at + interval '30 days' END,
    p.country,
    c.currency,
    -- Unique and lower case, except one address in ten typed with capitals (the search is case-insensitive).
    CASE WHEN p.r_email_null < 0.02 THEN NULL
         WHEN p.r_case < 0.1 THEN initcap(p.local_part) || p.n || '@' || p.domain
         ELSE p.local_part || p.n || '@' || p.domain END,
    '+1555' || lpad((p.n % 10000000)::text, 7, '0'),
    p.business_type,
    CASE WHEN p.business_type = 'INDIVIDUAL' AND p.r_trade_name < 0.5 THEN NULL ELSE p.business_name END,
    'https://' || p.domain,
    lpad((5000 + floor(p.r_mcc * 4000))::int::text, 4, '0'),
    p.industry || ' by ' || p.business_name,
    'support@' || p.domain,
    '+1555' || lpad(((p.n * 7) % 10000000)::text, 7, '0'),
    CASE WHEN p.business_type = 'INDIVIDUAL' THEN '{}'::jsonb
         ELSE jsonb_build_object('name', p.business_name || p.suffix, 'taxIdLast4', lpad((p.n % 10000)::text, 4, '0'),
              'address', jsonb_build_object('line1', (p.n % 999 + 1) || ' ' || p.noun || ' Street',
                                            'city', c.city, 'postalCode', lpad((p.n % 99999)::text, 5, '0'),
                                            'country', p.country)) END,
    CASE WHEN p.business_type = 'INDIVIDUAL'
         THEN jsonb_build_object('firstName', initcap(p.first_name), 'lastName', initcap(p.last_name),
              'email', p.local_part || p.n || '@' || p.domain,
              'dob', to_char(date '1950-01-01' + (p.n % 18000), 'YYYY-MM-DD'),
              'idNumberLast4', lpad((p.n % 10000)::text, 4, '0'))
         ELSE '{}'::jsonb END,
    -- Metadata: one account in ten has none; tier is skewed (free 55 %, bronze 25 %, silver 13 %, gold 6 %,
    -- platinum 1 %); segment too; crm_id is unique; sales_rep on some.
    CASE WHEN p.r_meta < 0.1 THEN '{}'::jsonb
         ELSE jsonb_build_object(
             'tier', CASE WHEN p.r_tier < 0.55 THEN 'free' WHEN p.r_tier < 0.80 THEN 'bronze'
                          WHEN p.r_tier < 0.93 THEN 'silver' WHEN p.r_tier < 0.99 THEN 'gold' ELSE 'platinum' END,
             'segment', CASE WHEN p.r_segment < 0.7 THEN 'smb' WHEN p.r_segment < 0.95 THEN 'mid_market'
                             ELSE 'enterprise' END,
             'crm_id', 'crm-' || p.n)
             || CASE WHEN p.r_meta < 0.4 THEN jsonb_build_object('sales_rep', p.rep) ELSE '{}'::jsonb END END,
    p.dashboard_access,
    p.r_liable < 0.5,
    CASE WHEN p.dashboard_access = 'NONE' THEN 'PLATFORM' ELSE 'PROVIDER' END,
    p.status,
    p.status <> 'PENDING_ONBOARDING',
    p.status IN ('ENABLED', 'RESTRICTED_SOON'),
    p.status IN ('ENABLED', 'RESTRICTED_SOON'),
    CASE WHEN p.status <> 'PENDING_ONBOARDING' THEN p.created_at + interval '1 day' END,
    CASE WHEN p.status IN ('ENABLED', 'RESTRICTED_SOON') THEN p.created_at + (now() - p.created_at) * p.r_activity END,
    p.payout_interval,
    CASE WHEN p.payout_interval IS NOT NULL THEN 2 END,
    CASE WHEN p.payout_interval = 'WEEKLY' THEN 'FRIDAY' END,
    CASE WHEN p.payout_interval = 'MONTHLY' THEN 1 + (p.n % 28) END,
    p.created_at + (now() - p.created_at) * p.r_updated
FROM (
    SELECT w.*,
           CASE WHEN w.n <= :accounts THEN :'platform' ELSE 'plat_BenchOther' || (1 + w.n % 3) END AS platform_id,
           'acct_' || substr(md5('bench-account-' || w.n), 1, 24) AS id,
           -- Spread over two years, recent months busier than old ones.
           now() - interval '730 days' * (1 - sqrt(w.r_created)) AS created_at,
           w.adjective || ' ' || w.noun || ' ' || w.industry AS business_name,
           CASE WHEN w.business_type = 'INDIVIDUAL' THEN w.first_name || '.' || w.last_name
                ELSE replace(lower(w.noun || '.' || w.industry), ' ', '') END AS local_part,
           lower(w.adjective || w.noun) || '.example' AS domain
    FROM (
        SELECT r.*,
               (ARRAY['Blue', 'Golden', 'Silver', 'Bright', 'Northern', 'Southern', 'Eastern', 'Western', 'Green',
                      'Crimson', 'Urban', 'Rustic', 'Modern', 'Royal', 'Swift', 'Quiet', 'Happy', 'Little', 'Grand',
                      'Coastal', 'Summit', 'Prairie', 'Copper', 'Iron', 'Cedar', 'Maple', 'Lunar', 'Solar', 'Atlas',
                      'Crystal', 'Evergreen', 'Granite', 'Hidden', 'Lucky', 'Noble', 'Pioneer', 'Rapid', 'Sunny',
                      'Velvet', 'Wild', 'Bold', 'Clever', 'Fresh', 'Honest', 'Kindred', 'Prime', 'Vivid', 'Amber'])
                   [1 + floor(r.r_adjective * 48)::int] AS adjective,
               (ARRAY['Oak', 'River', 'Lantern', 'Falcon', 'Meadow', 'Anchor', 'Bridge', 'Canyon', 'Compass', 'Dune',
                      'Ember', 'Fern', 'Forge', 'Garden', 'Hill', 'Island', 'Juniper', 'Kettle', 'Lake', 'Mill', 'Nest',
                      'Orchard', 'Pine', 'Quarry', 'Ridge', 'Stone', 'Tide', 'Valley', 'Willow', 'Yard', 'Beacon',
                      'Cove', 'Creek', 'Field', 'Grove', 'Haven', 'Harbor', 'Leaf', 'Mountain', 'Peak', 'Port', 'Rock',
                      'Spring', 'Star', 'Trail', 'Wave', 'Wheel', 'Wolf'])
                   [1 + floor(r.r_noun * 48)::int] AS noun,
               (ARRAY['Bakery', 'Coffee', 'Books', 'Studio', 'Goods', 'Outfitters', 'Crafts', 'Florist', 'Apparel',
                      'Designs', 'Ceramics', 'Jewelry', 'Market', 'Supply', 'Kitchen', 'Brewing', 'Tea House', 'Pets',
                      'Fitness', 'Yoga', 'Travel', 'Tours', 'Photography', 'Media', 'Labs', 'Software', 'Consulting',
                      'Cleaning', 'Repairs', 'Motors', 'Bikes', 'Toys', 'Candles', 'Soap Works', 'Farm', 'Wines',
                      'Catering', 'Music', 'Games', 'Print Shop'])
                   [1 + floor(r.r_industry * 40)::int] AS industry,
               (ARRAY['', ' LLC', ' Inc.', ' Ltd', ' Co.', ' & Sons', ' GmbH', ' SAS'])
                   [1 + floor(r.r_suffix * 8)::int] AS suffix,
               (ARRAY['olivia', 'liam', 'emma', 'noah', 'amelia', 'oliver', 'sophia', 'elijah', 'isabella', 'james',
                      'mia', 'lucas', 'charlotte', 'mateo', 'ava', 'hugo', 'lea', 'jonas', 'marie', 'paul', 'yuki',
                      'hiro', 'priya', 'arjun', 'fatima', 'omar', 'chloe', 'ethan', 'zoe', 'leon', 'ines', 'diego',
                      'sofia', 'luca', 'anna', 'felix', 'nora', 'samuel', 'clara', 'victor'])
                   [1 + floor(r.r_first * 40)::int] AS first_name,
               (ARRAY['smith', 'johnson', 'williams', 'brown', 'garcia', 'miller', 'davis', 'martinez', 'lopez',
                      'wilson', 'anderson', 'taylor', 'thomas', 'moore', 'martin', 'jackson', 'white', 'harris',
                      'clark', 'lewis', 'walker', 'hall', 'young', 'king', 'wright', 'scott', 'green', 'baker', 'adams',
                      'nelson', 'dubois', 'lefebvre', 'moreau', 'muller', 'schmidt', 'schneider', 'fischer', 'weber',
                      'rossi', 'russo', 'ferrari', 'tanaka', 'suzuki', 'sato', 'kumar', 'singh', 'patel', 'nguyen',
                      'kowalski', 'novak'])
                   [1 + floor(r.r_last * 50)::int] AS last_name,
               (ARRAY['ana', 'ben', 'carla', 'dev', 'eli', 'fay'])[1 + floor(r.r_rep * 6)::int] AS rep,
               CASE WHEN r.r_type < 0.60 THEN 'COMPANY' WHEN r.r_type < 0.90 THEN 'INDIVIDUAL'
                    WHEN r.r_type < 0.98 THEN 'NON_PROFIT' ELSE 'GOVERNMENT_ENTITY' END AS business_type,
               CASE WHEN r.r_status < 0.70 THEN 'ENABLED' WHEN r.r_status < 0.82 THEN 'PENDING_ONBOARDING'
                    WHEN r.r_status < 0.87 THEN 'RESTRICTED_SOON' WHEN r.r_status < 0.95 THEN 'RESTRICTED'
                    ELSE 'REJECTED' END AS status,
               CASE WHEN r.r_access < 0.50 THEN 'EXPRESS' WHEN r.r_access < 0.80 THEN 'FULL' ELSE 'NONE' END
                   AS dashboard_access,
               CASE WHEN r.r_payout < 0.70 THEN NULL WHEN r.r_payout < 0.85 THEN 'DAILY' WHEN r.r_payout < 0.93 THEN 'WEEKLY'
                    WHEN r.r_payout < 0.98 THEN 'MONTHLY' ELSE 'MANUAL' END AS payout_interval,
               -- Countries, skewed: US 40 %, GB 12 %, CA 8 %, then a long tail.
               CASE WHEN r.r_country < 0.40 THEN 'US' WHEN r.r_country < 0.52 THEN 'GB' WHEN r.r_country < 0.60 THEN 'CA'
                    WHEN r.r_country < 0.67 THEN 'DE' WHEN r.r_country < 0.73 THEN 'FR' WHEN r.r_country < 0.78 THEN 'AU'
                    WHEN r.r_country < 0.82 THEN 'ES' WHEN r.r_country < 0.86 THEN 'IT' WHEN r.r_country < 0.89 THEN 'NL'
                    WHEN r.r_country < 0.91 THEN 'IE' WHEN r.r_country < 0.93 THEN 'SE' WHEN r.r_country < 0.95 THEN 'JP'
                    WHEN r.r_country < 0.97 THEN 'MX' WHEN r.r_country < 0.985 THEN 'BR' ELSE 'SG' END AS country
        FROM (
            SELECT g AS n,
                   random() AS r_created, random() AS r_removed, random() AS r_email_null, random() AS r_case,
                   random() AS r_trade_name, random() AS r_mcc, random() AS r_meta, random() AS r_tier,
                   random() AS r_segment, random() AS r_liable, random() AS r_activity, random() AS r_updated,
                   random() AS r_adjective, random() AS r_noun, random() AS r_industry, random() AS r_suffix,
                   random() AS r_first, random() AS r_last, random() AS r_rep, random() AS r_type,
                   random() AS r_status, random() AS r_access, random() AS r_payout, random() AS r_country
            FROM generate_series(1, :accounts + :others) AS g
            OFFSET 0
        ) AS r
    ) AS w
) AS p
JOIN (VALUES ('US', 'usd', 'Austin'), ('GB', 'gbp', 'Leeds'), ('CA', 'cad', 'Calgary'), ('DE', 'eur', 'Leipzig'),
             ('FR', 'eur', 'Lyon'), ('AU', 'aud', 'Perth'), ('ES', 'eur', 'Valencia'), ('IT', 'eur', 'Turin'),
             ('NL', 'eur', 'Utrecht'), ('IE', 'eur', 'Cork'), ('SE', 'sek', 'Malmo'), ('JP', 'jpy', 'Osaka'),
             ('MX', 'mxn', 'Monterrey'), ('BR', 'brl', 'Curitiba'), ('SG', 'sgd', 'Singapore'))
     AS c (country, currency, city) ON c.country = p.country
-- A production table is filled by inserts as accounts are created, so a row's place follows its creation time; an
-- update that cannot stay on its page (one that changes an indexed column) writes the row anew where there is room,
-- the table's end at the time. Layout created models that: every fifth account (by n, independent of every drawn
-- value) sits where its last update put it. Layout random keeps generation order, in which created_at is random.
ORDER BY CASE WHEN :'layout' = 'created'
              THEN CASE WHEN p.n % 5 = 0 THEN p.created_at + (now() - p.created_at) * p.r_updated ELSE p.created_at END
         END,
         p.n;

SELECT indexdef FROM bench_index_ddl ORDER BY indexname \gexec

VACUUM ANALYZE platform;
VACUUM ANALYZE connected_account;

SELECT platform_id, count(*) AS accounts, count(*) FILTER (WHERE removed_at IS NULL) AS live,
       pg_size_pretty(pg_total_relation_size('connected_account')) AS "table + indexes"
FROM connected_account GROUP BY platform_id ORDER BY platform_id;
