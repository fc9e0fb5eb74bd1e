-- Who performed each recorded action: a console user's name, or the local user of a console without login.
-- Entries recorded before this column existed keep NULL ("not recorded").
ALTER TABLE deploy_history ADD COLUMN actor VARCHAR(253);
