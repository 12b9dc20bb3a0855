package dev.creditloop.servicing.creditline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.ServicingException;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CreditLineProperties {

  enum Kind {
    DRAW,
    REPAY,
    CHANGE_LIMIT,
    TEMPORARY,
    NEXT_DAY
  }

  record Step(Kind kind, long amount) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step =
        Arbitraries.of(Kind.class)
            .flatMap(k -> Arbitraries.longs().between(1, 1_000_000).map(a -> new Step(k, a)));
    return step.list().ofMaxSize(60);
  }

  @Property
  void availablePlusOutstandingIsTheEffectiveLimit(@ForAll("steps") List<Step> steps) {
    LocalDate on = LocalDate.of(2024, 1, 1);
    CreditLine line = CreditLine.grant(1, 1, "CASH", Money.ofMinor(500_000), on, on.plusYears(1));
    for (Step s : steps) {
      Money amount = Money.ofMinor(s.amount());
      try {
        switch (s.kind()) {
          case DRAW -> line.reserve(amount, on);
          case REPAY -> line.restore(amount.min(line.outstandingPrincipal()));
          case CHANGE_LIMIT -> line.changeLimit(amount, "test", "prop", on);
          case TEMPORARY ->
              line.grantTemporaryLimit(
                  line.limit().plus(amount), on.plusDays(s.amount() % 5), "test", "prop", on);
          case NEXT_DAY -> {
            on = on.plusDays(1);
            line.closeDay(on);
          }
        }
      } catch (ServicingException refused) {
        assertThat(refused.code()).isIn("amount-exceeds-available", "invalid-limit");
      }
      Money limit = line.effectiveLimit(on);
      Money available = line.available(on);
      assertThat(available.isNegative()).isFalse();
      assertThat(line.outstandingPrincipal().isNegative()).isFalse();
      if (!line.outstandingPrincipal().isGreaterThan(limit)) {
        assertThat(available.plus(line.outstandingPrincipal())).isEqualTo(limit);
      } else {
        assertThat(available).isEqualTo(Money.ZERO);
      }
    }
  }
}
