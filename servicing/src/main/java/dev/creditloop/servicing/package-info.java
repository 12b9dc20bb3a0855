/**
 * The servicing core of a revolving-credit lender: products, schedules, credit lines, loans,
 * repayments, the daily close and the journal, in plain Java over {@code kernel}'s Money and Rate.
 * This root package holds only what every feature shares: {@link
 * dev.creditloop.servicing.ServicingException} and {@link dev.creditloop.servicing.ServicingEvent}.
 */
package dev.creditloop.servicing;
