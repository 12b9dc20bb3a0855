-- A server takes loan ids a hundred at a time (JdbcLoans.nextId): one query per hundred drawdowns
-- instead of one per drawdown. Ids stay unique and growing; they are no longer consecutive.
alter sequence loan_seq increment by 100;
