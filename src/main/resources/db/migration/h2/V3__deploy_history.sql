-- Every deploy, check, retry, removal and delete the console performed (issue 6).
-- Secret values are never stored: the YAML columns hold the redacted serialization.
CREATE TABLE deploy_history (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    happened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    action          VARCHAR(16)  NOT NULL,   -- CHECK, DEPLOY, RETRY, REMOVE, DELETE
    context_name    VARCHAR(253) NOT NULL,
    namespace_name  VARCHAR(63)  NOT NULL,
    deployment_name VARCHAR(253) NOT NULL,
    profile         VARCHAR(500) NOT NULL,
    targets         VARCHAR(500) NOT NULL,
    outcome         VARCHAR(16)  NOT NULL,   -- SUCCEEDED, PARTIAL, FAILED
    summary         VARCHAR(4000) NOT NULL,
    generated_yaml  CLOB,                    -- the objects the manifest generator produced
    applied_yaml    CLOB                     -- the objects the console sent (namespace, labels, redacted secret)
);
CREATE INDEX deploy_history_when ON deploy_history (happened_at DESC);

CREATE TABLE deploy_history_object (
    history_id  BIGINT NOT NULL REFERENCES deploy_history (id) ON DELETE CASCADE,
    position    INT NOT NULL,
    kind        VARCHAR(100) NOT NULL,
    namespace_name VARCHAR(63),
    object_name VARCHAR(253) NOT NULL,
    state       VARCHAR(16) NOT NULL,        -- APPLIED, FAILED, NOT_APPLIED, DELETED, KEPT; a check: PASSED, WARNED, FAILED
    message     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (history_id, position)
);
