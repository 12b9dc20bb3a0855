-- Point-in-time features (backtests, batch scoring of a past day) read a credit line's and a device's
-- events as well as the customer's: without these, each such read scanned the whole event table.
create index behaviour_event_line_ix on behaviour_event (credit_line_id, occurred_at);
create index behaviour_event_device_ix on behaviour_event (device_id, occurred_at);
