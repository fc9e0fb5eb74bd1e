-- The catalog, rebuilt from the reviewed files in data/ at every start (CatalogImporter).
-- The files are the source of truth; these tables let SQL-minded features and people query them.

CREATE TABLE accelerator (
    label              VARCHAR(64)  PRIMARY KEY,
    display_name       VARCHAR(128) NOT NULL,
    family             VARCHAR(8)   NOT NULL,
    hbm_gb             DOUBLE       NOT NULL CHECK (hbm_gb > 0),
    hbm_bandwidth_gbs  DOUBLE       NOT NULL CHECK (hbm_bandwidth_gbs > 0),
    bf16_tflops        DOUBLE       NOT NULL CHECK (bf16_tflops > 0),
    source             VARCHAR(1000) NOT NULL
);

CREATE TABLE machine_type (
    name               VARCHAR(64)  PRIMARY KEY,
    accelerator        VARCHAR(64)  NOT NULL REFERENCES accelerator (label),
    accelerator_count  INT          NOT NULL CHECK (accelerator_count >= 1),
    tpu_topology       VARCHAR(16),
    vcpus              INT,
    memory_gb          DOUBLE,
    source             VARCHAR(1000) NOT NULL
);

CREATE TABLE model (
    id                        VARCHAR(200) PRIMARY KEY,
    display_name              VARCHAR(200) NOT NULL,
    provider                  VARCHAR(100) NOT NULL,
    total_params_b            DOUBLE       NOT NULL,
    active_params_b           DOUBLE       NOT NULL,
    weights_gib               DOUBLE       NOT NULL,
    max_context_tokens        INT          NOT NULL,
    license                   VARCHAR(200) NOT NULL,
    gated                     BOOLEAN      NOT NULL,
    kv_cache_bytes_per_token  BIGINT       NOT NULL,
    quality_elo               INT,
    quality_source            VARCHAR(1000),
    facts_verified            BOOLEAN      NOT NULL,
    source                    VARCHAR(1000) NOT NULL
);

CREATE TABLE model_server (
    id            VARCHAR(32)  PRIMARY KEY,
    display_name  VARCHAR(100) NOT NULL,
    source        VARCHAR(1000) NOT NULL
);

CREATE TABLE server_version (
    server_id  VARCHAR(32)  NOT NULL REFERENCES model_server (id),
    version    VARCHAR(32)  NOT NULL,
    family     VARCHAR(8)   NOT NULL,
    image      VARCHAR(300) NOT NULL,
    released   DATE,
    source     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (server_id, version, family)
);

-- Prices as listed (whole VM for GPUs); the accelerator-only price is derived in code (PriceBook).
CREATE TABLE price (
    machine_type   VARCHAR(64)   NOT NULL REFERENCES machine_type (name),
    pricing_model  VARCHAR(16)   NOT NULL,
    region         VARCHAR(64)   NOT NULL,
    price_date     DATE          NOT NULL,
    usd_per_hour   DECIMAL(12,4) NOT NULL CHECK (usd_per_hour >= 0),
    scope          VARCHAR(20)   NOT NULL,
    source         VARCHAR(1000) NOT NULL,
    PRIMARY KEY (machine_type, pricing_model, region, price_date)
);

CREATE TABLE component_rate (
    machine_prefix     VARCHAR(64)   NOT NULL,
    pricing_model      VARCHAR(16)   NOT NULL,
    usd_per_vcpu_hour  DECIMAL(12,6) NOT NULL,
    usd_per_gib_hour   DECIMAL(12,6) NOT NULL,
    source             VARCHAR(1000) NOT NULL,
    PRIMARY KEY (machine_prefix, pricing_model)
);

CREATE TABLE use_case (
    api_name               VARCHAR(64)  PRIMARY KEY,
    display_name           VARCHAR(100) NOT NULL UNIQUE,
    average_input_tokens   INT          NOT NULL,
    average_output_tokens  INT          NOT NULL,
    source                 VARCHAR(1000) NOT NULL
);

CREATE TABLE benchmark_point (
    id                         VARCHAR(100) PRIMARY KEY,
    model                      VARCHAR(200) NOT NULL REFERENCES model (id),
    model_server               VARCHAR(32)  NOT NULL REFERENCES model_server (id),
    server_version             VARCHAR(32),
    machine_type               VARCHAR(64)  NOT NULL REFERENCES machine_type (name),
    accelerator                VARCHAR(64)  NOT NULL REFERENCES accelerator (label),
    accelerator_count          INT          NOT NULL,
    use_case                   VARCHAR(64)  NOT NULL REFERENCES use_case (api_name),
    queries_per_second         DOUBLE,
    output_tokens_per_second   DOUBLE       NOT NULL,
    input_tokens_per_second    DOUBLE,
    ntpot_ms                   DOUBLE       NOT NULL,
    ttft_ms                    DOUBLE,
    itl_ms                     DOUBLE,
    usd_per_m_input            DECIMAL(12,4),
    usd_per_m_output           DECIMAL(12,4),
    pricing_model              VARCHAR(16),
    provenance                 VARCHAR(32)  NOT NULL,
    profile_point              BOOLEAN      NOT NULL,
    source                     VARCHAR(1000) NOT NULL
);
