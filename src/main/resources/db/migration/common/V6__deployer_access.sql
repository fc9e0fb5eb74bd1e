-- Which kubeconfig contexts deployers may use, as an admin set them on the Access page. Without the row, the
-- configuration decides (iqconsole.security.deployer-contexts; empty: every context).
CREATE TABLE deployer_access (
    id          INT PRIMARY KEY,             -- always 1: one setting per console (shared by its instances)
    restricted  BOOLEAN NOT NULL,            -- false: deployers may use every context
    changed_by  VARCHAR(253) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE deployer_context (
    context_name VARCHAR(253) PRIMARY KEY    -- a context deployers may use when restricted
);
