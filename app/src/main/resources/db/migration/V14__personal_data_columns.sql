-- ID numbers and phones move to encrypted columns (v<key>:base64 of AES-256-GCM) beside a blind index
-- (hex HMAC-SHA256 of the normalised value) that registration and lookups match on. The Java migration
-- V15 (dev.creditloop.app.personal.EncryptPersonalData) fills them from the plaintext columns and then
-- drops those: a server never runs with both.
alter table customer add column id_number_enc varchar(128);
alter table customer add column id_number_idx varchar(64);
alter table customer add column phone_enc varchar(128);
alter table customer add column phone_idx varchar(64);
create unique index customer_id_number_idx_uq on customer (id_number_idx);
create index customer_phone_idx_ix on customer (phone_idx);

-- List entries by ID number or phone keep the blind index in key_value (the decision engine matches on it)
-- and the sealed value in key_enc for display; device ids stay as they are (key_enc null).
alter table list_entry add column key_enc varchar(256);
