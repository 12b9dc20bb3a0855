/**
 * Repayments (还款): how money received is allocated over instalments and components, the payoff
 * amount and early settlement, and the journal entry of each repayment. The allocation rule is
 * {@link dev.creditloop.servicing.allocation.PostRepayment}'s, stated there once.
 */
package dev.creditloop.servicing.allocation;
