-- An account can be created with only its dashboard access and country: the business type comes later, from the
-- hosted onboarding page (FULL, EXPRESS) or updateConnectedAccount (NONE), and is the requirement item
-- business_type until then. The CHECK still holds for every value that is set.
ALTER TABLE connected_account ALTER COLUMN business_type DROP NOT NULL;
