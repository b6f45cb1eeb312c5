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
