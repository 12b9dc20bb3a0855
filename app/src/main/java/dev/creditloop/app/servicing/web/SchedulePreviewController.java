package dev.creditloop.app.servicing.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.creditloop.app.web.Fields;
import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.schedule.DayCountBasis;
import dev.creditloop.servicing.schedule.Fees;
import dev.creditloop.servicing.schedule.RepaymentMethod;
import dev.creditloop.servicing.schedule.RepaymentSchedule;
import dev.creditloop.servicing.schedule.ScheduleTerms;
import dev.creditloop.servicing.schedule.Term;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/schedule-preview")
@Tag(name = "Schedules", description = "Repayment schedules and APR under the stated conventions")
class SchedulePreviewController {

  record PreviewRequest(
      @Schema(
              requiredMode = REQUIRED,
              example = "ANNUITY",
              description = "ANNUITY, EQUAL_PRINCIPAL, FLAT, INTEREST_FIRST or BULLET")
          String method,
      @Schema(
              requiredMode = REQUIRED,
              example = "10000.00",
              description = "the amount lent: a decimal string, two decimals at most")
          BigDecimal principal,
      @Schema(
              requiredMode = REQUIRED,
              example = "0.18",
              description = "annual interest rate as a decimal (0.18 = 18%)")
          BigDecimal annualRate,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "12",
              description = "the term in months; give termMonths or termDays")
          Integer termMonths,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "30",
              description = "the term in days (BULLET only); give termMonths or termDays")
          Integer termDays,
      @Schema(requiredMode = REQUIRED, example = "2026-12-06", description = "the drawdown date")
          LocalDate startDate,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "360",
              description = "day-count basis, 360 (default) or 365")
          Integer dayCountBasis,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "0.01",
              description = "fee on the principal with the first instalment; default 0")
          BigDecimal upfrontFeeRate,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "0.002",
              description = "fee on the principal with every instalment; default 0")
          BigDecimal installmentFeeRate) {}

  record InstallmentView(
      int number, LocalDate dueDate, String principal, String interest, String fee, String total) {}

  record PreviewView(
      String method,
      String principal,
      String annualRate,
      String term,
      List<InstallmentView> installments,
      String totalPrincipal,
      String totalInterest,
      String totalFee,
      String totalRepayment,
      String apr) {}

  @PostMapping
  @Operation(
      summary =
          "Preview a schedule: give termMonths or termDays (day terms are BULLET only); APR is the annualised IRR incl. fees")
  PreviewView preview(@RequestBody PreviewRequest body) {
    Fields f = Fields.check();
    RepaymentMethod method = f.enumValue("method", body.method(), RepaymentMethod.class);
    Money principal = f.positiveMoney("principal", body.principal());
    Rate rate = f.rate("annualRate", body.annualRate(), true);
    LocalDate start = f.date("startDate", body.startDate());
    Term term = null;
    if (body.termMonths() == null && body.termDays() == null) {
      f.that(false, "termMonths", "give termMonths or termDays");
    } else if (body.termMonths() != null && body.termDays() != null) {
      f.that(false, "termDays", "give termMonths or termDays, not both");
    } else if (body.termMonths() != null) {
      int n = f.positiveInt("termMonths", body.termMonths(), Term.MAX_MONTHS);
      term = n > 0 ? Term.months(n) : null;
    } else {
      int n = f.positiveInt("termDays", body.termDays(), Term.MAX_DAYS);
      term = n > 0 ? Term.days(n) : null;
    }
    int basis = body.dayCountBasis() == null ? 360 : body.dayCountBasis();
    f.that(basis == 360 || basis == 365, "dayCountBasis", "must be 360 or 365");
    Rate upfront =
        f.rate(
            "upfrontFeeRate",
            body.upfrontFeeRate() == null ? BigDecimal.ZERO : body.upfrontFeeRate(),
            true);
    Rate perInstalment =
        f.rate(
            "installmentFeeRate",
            body.installmentFeeRate() == null ? BigDecimal.ZERO : body.installmentFeeRate(),
            true);
    f.orThrow();
    RepaymentSchedule s =
        RepaymentSchedule.plan(
            new ScheduleTerms(
                method,
                principal,
                rate,
                term,
                start,
                basis == 365 ? DayCountBasis.D365 : DayCountBasis.D360,
                new Fees(upfront, perInstalment)));
    List<InstallmentView> rows =
        s.installments().stream()
            .map(
                i ->
                    new InstallmentView(
                        i.number(),
                        i.dueDate(),
                        i.principal().toPlainString(),
                        i.interest().toPlainString(),
                        i.fee().toPlainString(),
                        i.total().toPlainString()))
            .toList();
    return new PreviewView(
        method.name(),
        principal.toPlainString(),
        rate.toPlainString(),
        term.toString(),
        rows,
        s.totalPrincipal().toPlainString(),
        s.totalInterest().toPlainString(),
        s.totalFee().toPlainString(),
        s.total().toPlainString(),
        s.apr().toPlainString());
  }
}
