-- Demo data of the dev profile only (quarkus.flyway.locations adds db/demo in %dev). Idempotent: Flyway runs this
-- after every migration run. The ids match the demo users' platform_id claims (com.connectboard.devsupport.DemoUsers).
INSERT INTO platform (platform_id, name, country, default_currency, url, product_description, support_email,
                      notification_email, created_at, updated_at)
VALUES ('plat_DemoUS0000000000000000001', 'Acme Marketplace (demo)', 'US', 'usd', 'https://acme.example',
        'A marketplace for handmade goods', 'support@acme.example', 'ops@acme.example', now(), now()),
       ('plat_DemoFR0000000000000000001', 'Marché Démo', 'FR', 'eur', 'https://marche.example',
        'Une place de marché de démonstration', 'support@marche.example', 'ops@marche.example', now(), now()),
       ('plat_DemoGB0000000000000000001', 'Incomplete Ltd (demo)', 'GB', 'gbp', NULL, NULL, NULL, NULL, now(), now())
ON CONFLICT (platform_id) DO NOTHING;

-- The US demo platform starts with 10,000.00 usd available: one top-up the provider confirmed, written the way the
-- ledger writes it (docs/money.md), so that sendFunds can be tried at once.
INSERT INTO top_up (platform_id, id, amount, currency, description, status, created_at, updated_at)
VALUES ('plat_DemoUS0000000000000000001', 'tu_Demo00000000000000000001', 1000000, 'usd', 'Demo funds', 'SUCCEEDED',
        now(), now())
ON CONFLICT (platform_id, id) DO NOTHING;
INSERT INTO ledger_entry (platform_id, id, movement_id, type, owner_id, book, currency, amount, description, created_at)
VALUES ('plat_DemoUS0000000000000000001', 'txn_Demo00000000000000000001', 'tu_Demo00000000000000000001', 'TOP_UP',
        'plat_DemoUS0000000000000000001', 'TOP_UP_SOURCE', 'usd', -1000000, 'Demo funds', now()),
       ('plat_DemoUS0000000000000000001', 'txn_Demo00000000000000000002', 'tu_Demo00000000000000000001', 'TOP_UP',
        'plat_DemoUS0000000000000000001', 'PENDING', 'usd', 1000000, 'Demo funds', now()),
       ('plat_DemoUS0000000000000000001', 'txn_Demo00000000000000000003', 'tu_Demo00000000000000000001',
        'TOP_UP_SUCCEEDED', 'plat_DemoUS0000000000000000001', 'PENDING', 'usd', -1000000, 'Demo funds', now()),
       ('plat_DemoUS0000000000000000001', 'txn_Demo00000000000000000004', 'tu_Demo00000000000000000001',
        'TOP_UP_SUCCEEDED', 'plat_DemoUS0000000000000000001', 'AVAILABLE', 'usd', 1000000, 'Demo funds', now())
ON CONFLICT (platform_id, id) DO NOTHING;
INSERT INTO balance (platform_id, owner_id, book, currency, shard, amount)
VALUES ('plat_DemoUS0000000000000000001', 'plat_DemoUS0000000000000000001', 'AVAILABLE', 'usd', 0, 1000000),
       ('plat_DemoUS0000000000000000001', 'plat_DemoUS0000000000000000001', 'PENDING', 'usd', 0, 0)
ON CONFLICT DO NOTHING;
