/**
 * Loan products (产品): terms offered, pricing, fees, penalty and grace rules, repayment allocation
 * order and the APR cap, validated with a message naming the field at fault. A loan copies what it
 * needs from its product at drawdown, so later product edits never change a running contract.
 */
package dev.creditloop.servicing.product;
