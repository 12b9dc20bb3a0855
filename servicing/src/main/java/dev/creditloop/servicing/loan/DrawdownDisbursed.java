package dev.creditloop.servicing.loan;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.schedule.Term;
import java.time.LocalDate;

public record DrawdownDisbursed(
    long loanId,
    long lineId,
    long customerId,
    String productCode,
    Money amount,
    Term term,
    Rate apr,
    LocalDate on)
    implements ServicingEvent {}
