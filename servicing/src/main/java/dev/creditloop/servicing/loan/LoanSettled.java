package dev.creditloop.servicing.loan;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.ServicingEvent;
import java.time.LocalDate;

/**
 * The loan is paid off. {@code waivedInterest} and {@code waivedFee} are the not-yet-due amounts
 * early settlement released: never income, never posted.
 */
public record LoanSettled(
    long loanId, long customerId, Money waivedInterest, Money waivedFee, LocalDate on)
    implements ServicingEvent {}
