/**
 * Writing a loan off (核销): every receivable to the write-off expense, the loan WRITTEN_OFF with the
 * reason and operator recorded, the customer's lines closed to drawing.
 */
package dev.creditloop.lending.writeoff;
