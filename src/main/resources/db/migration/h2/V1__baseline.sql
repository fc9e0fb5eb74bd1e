-- Baseline: the catalog tables arrive in the next migrations.
CREATE TABLE IF NOT EXISTS schema_note (note VARCHAR(200));
