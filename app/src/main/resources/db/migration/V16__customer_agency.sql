-- Data scope: the agency (an agent's or an outsourced collector's firm) a customer is assigned to.
-- A staff user with an agency sees only that agency's customers and their lines, loans, reviews,
-- decisions and scores; null: in-house only. Indexed because every scoped list filters on it.
alter table customer add column agency varchar(64);
create index customer_agency_ix on customer (agency);
