/**
 * The daily close (日终): per loan, instalments falling overdue, interest recognition, penalty
 * accrual and delinquency ageing ({@link dev.creditloop.servicing.close.CloseLoanDay}); per day,
 * the batched, resumable run over the stored book ({@link
 * dev.creditloop.servicing.close.CloseBusinessDay}).
 */
package dev.creditloop.servicing.close;
