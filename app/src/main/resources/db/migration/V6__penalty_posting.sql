-- Penalty charged to a loan's instalments and not yet posted to the journal: under month-end
-- posting (creditloop.servicing.penalty-posting) the close posts it on the month's last day.
alter table loan add column penalty_unposted_minor bigint default 0 not null;

-- Nothing reads journal lines by account alone (the trial balance reads them all), and the index
-- cost every posting and bulk load its upkeep.
drop index journal_line_account_ix;
