/**
 * Repayment schedules for every repayment method and their APR, with the date, interest and
 * rounding conventions stated on {@link dev.creditloop.servicing.schedule.RepaymentSchedule}. It
 * knows nothing of products or loans: a schedule preview and a drawdown both start here.
 */
package dev.creditloop.servicing.schedule;
