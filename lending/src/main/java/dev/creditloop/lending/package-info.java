/**
 * The lifecycle use cases (drawdown, repayment, review of a parked drawdown, the daily close,
 * scoring passes, backtests) as plain Java: one class per use case, given its ports (interfaces
 * here, implemented by the server, the simulator or in-memory fakes in tests) and answering a
 * sealed outcome that the HTTP edge turns into a status and a body. See docs/architecture.md.
 */
package dev.creditloop.lending;
