-- The catalog is read from the reviewed files in data/ into memory at every start, and nothing read these tables:
-- consoles sharing one database would only have replaced each other's copy at every start.
-- schema_note was a placeholder of the first migration, read by nothing either.
DROP TABLE benchmark_point;
DROP TABLE price;
DROP TABLE component_rate;
DROP TABLE machine_type;
DROP TABLE accelerator;
DROP TABLE server_version;
DROP TABLE model_server;
DROP TABLE model;
DROP TABLE use_case;
DROP TABLE schema_note;
