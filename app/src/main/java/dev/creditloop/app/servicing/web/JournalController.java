package dev.creditloop.app.servicing.web;

import dev.creditloop.app.servicing.persistence.JdbcJournal;
import dev.creditloop.kernel.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/journal")
@Tag(name = "Journal", description = "The double-entry journal behind every money movement")
class JournalController {

  private final JdbcJournal journal;

  JournalController(JdbcJournal journal) {
    this.journal = journal;
  }

  record TrialBalance(
      List<JdbcJournal.TrialBalanceRow> accounts,
      String totalDebits,
      String totalCredits,
      boolean balanced) {}

  @GetMapping("/trial-balance")
  @Operation(summary = "Debits, credits and balance per account; total debits equal total credits")
  TrialBalance trialBalance() {
    List<JdbcJournal.TrialBalanceRow> rows = journal.trialBalance();
    Money debits = rows.stream().map(r -> Money.of(r.debits())).reduce(Money.ZERO, Money::plus);
    Money credits = rows.stream().map(r -> Money.of(r.credits())).reduce(Money.ZERO, Money::plus);
    return new TrialBalance(
        rows, debits.toPlainString(), credits.toPlainString(), debits.equals(credits));
  }
}
