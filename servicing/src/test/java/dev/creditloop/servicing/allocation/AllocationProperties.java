package dev.creditloop.servicing.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.close.CloseLoanDay;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.fixtures.RandomBooks;
import dev.creditloop.servicing.fixtures.RandomBooks.Step;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.Installment;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.product.Component;
import dev.creditloop.servicing.product.Product;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class AllocationProperties {

  @Provide
  Arbitrary<Product> products() {
    return RandomBooks.products();
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return RandomBooks.steps();
  }

  @Property(tries = 300)
  void allocationNeverExceedsWhatIsDueAndAddsUpToTheAmount(
      @ForAll("products") Product product,
      @ForAll @LongRange(min = 10_000, max = 5_000_000) long principalFen,
      @ForAll("steps") List<Step> steps) {
    LocalDate today = LocalDate.of(2024, 1, 31);
    CreditLine line =
        CreditLine.grant(
            1, 1, product.code(), Money.ofMinor(10_000_000), today, today.plusYears(5));
    Loan loan =
        new DrawDown()
            .draw(
                line,
                product,
                Money.ofMinor(principalFen),
                product.allowedTerms().first(),
                1,
                today)
            .loan();
    CloseLoanDay close = new CloseLoanDay();
    for (Step step : steps) {
      if (!loan.isOpen()) {
        return;
      }
      if (step.kind() == RandomBooks.Kind.ADVANCE || step.kind() == RandomBooks.Kind.WRITE_OFF) {
        for (int d = 0; d <= step.value() % 40; d++) {
          close.close(loan, today);
          today = today.plusDays(1);
        }
        continue;
      }
      Map<String, Money> unpaidBefore = new HashMap<>();
      for (Installment i : loan.installments()) {
        for (Component c : Component.values()) {
          unpaidBefore.put(i.number() + "/" + c, i.unpaid(c));
        }
      }
      Money payoff = Payoff.quote(loan, today).total();
      long amount =
          step.kind() == RandomBooks.Kind.SETTLE
              ? payoff.minor()
              : Math.max(1, payoff.minor() * (step.value() % 1000 + 1) / 1000);

      Allocation a = new PostRepayment().post(loan, line, Money.ofMinor(amount), today);

      long total = 0;
      Map<String, Long> byKey = new HashMap<>();
      for (AllocatedAmount part : a.lines()) {
        assertThat(part.amount().isPositive()).isTrue();
        byKey.merge(part.installment() + "/" + part.component(), part.amount().minor(), Long::sum);
        total += part.amount().minor();
      }
      byKey.forEach(
          (key, paid) ->
              assertThat(paid).as(key).isLessThanOrEqualTo(unpaidBefore.get(key).minor()));
      assertThat(total).isEqualTo(amount);
      assertThat(a.settled()).isEqualTo(amount == payoff.minor());
      for (Installment i : loan.installments()) {
        for (Component c : Component.values()) {
          assertThat(i.unpaid(c).isNegative()).isFalse();
        }
      }
    }
  }
}
