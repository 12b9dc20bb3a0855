package dev.creditloop.servicing.close;

import static dev.creditloop.servicing.fixtures.CreditLineBuilder.aCreditLine;
import static dev.creditloop.servicing.fixtures.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.fixtures.ProductBuilder;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.product.Product;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Penalty caps. 6,000.00 at 24% annuity over 6 months drawn 15 Jan 2024, penalty 0.36 / 360, no
 * grace: 0.95 a day on instalment 1's principal 951.15 from 15 Feb, 1.92 a day on both instalments
 * (1921.32) from 15 Mar. Interest: 120.00 due 15 Feb, 100.98 due 15 Mar.
 */
class PenaltyCapTest {

  private static final LocalDate DRAWN = LocalDate.of(2024, 1, 15);

  private static Loan closedThrough(Product product, LocalDate last) {
    Loan loan =
        new DrawDown()
            .draw(
                aCreditLine().withLimit("10000.00").build(),
                product,
                Money.of("6000.00"),
                6,
                1,
                DRAWN)
            .loan();
    CloseLoanDay close = new CloseLoanDay(PenaltyPosting.MONTH_END);
    for (LocalDate d = DRAWN; !d.isAfter(last); d = d.plusDays(1)) {
      close.close(loan, d);
    }
    return loan;
  }

  private static Product withShare(ProductBuilder b, String share) {
    Product p = b.build();
    return new Product(
        p.code(),
        p.name(),
        p.repaymentMethod(),
        p.termUnit(),
        p.allowedTerms(),
        p.annualRate(),
        p.dayCountBasis(),
        p.penaltyAnnualRate(),
        p.graceDays(),
        p.fees(),
        p.allocationOrder(),
        p.aprCap(),
        Rate.of(share));
  }

  @Test
  void penaltyStopsAtItsShareOfTheOverduePrincipal() {
    // 1% of 951.15 = 9.5115 → 9.51: ten days of 0.95 (15-24 Feb) make 9.50, 25 Feb adds 0.01, then
    // none
    Product product = withShare(aProduct().withMonths(6).withCap("0.36"), "0.01");
    assertThat(closedThrough(product, LocalDate.of(2024, 2, 24)).penaltyAccrued())
        .isEqualTo(Money.of("9.50"));
    assertThat(closedThrough(product, LocalDate.of(2024, 2, 25)).penaltyAccrued())
        .isEqualTo(Money.of("9.51"));
    assertThat(closedThrough(product, LocalDate.of(2024, 3, 14)).penaltyAccrued())
        .isEqualTo(Money.of("9.51"));
    // 15 Mar: instalment 2 is overdue too, the cap grows to 1% of 1921.32 = 19.21; 1.92 a day again
    assertThat(closedThrough(product, LocalDate.of(2024, 3, 15)).penaltyAccrued())
        .isEqualTo(Money.of("11.43"));
    assertThat(closedThrough(product, LocalDate.of(2024, 3, 31)).penaltyAccrued())
        .isEqualTo(Money.of("19.21"));
  }

  @Test
  void penaltyStopsWhereTheComprehensiveAnnualisedCostWouldPassTheAprCap() {
    // APR cap 24%. Through the close of day X the loan may cost floor(6000 × 0.24 × days / 360),
    // days
    // = X − 15 Jan + 1, i.e. 4.00 a day. 14 Mar (60 days): 240.00 − interest 120.00 leaves 120.00,
    // penalty 29 × 0.95 = 27.55 fits. 15 Mar (61 days): 244.00 − 220.98 = 23.02 < 27.55: no
    // penalty;
    // 16 Mar: 27.02, none; 17 Mar: 31.02, room 3.47 ≥ 1.92: charged again.
    Product product = aProduct().withMonths(6).withCap("0.24").build();
    assertThat(closedThrough(product, LocalDate.of(2024, 3, 14)).penaltyAccrued())
        .isEqualTo(Money.of("27.55"));
    assertThat(closedThrough(product, LocalDate.of(2024, 3, 16)).penaltyAccrued())
        .isEqualTo(Money.of("27.55"));
    assertThat(closedThrough(product, LocalDate.of(2024, 3, 17)).penaltyAccrued())
        .isEqualTo(Money.of("29.47"));
  }

  @Test
  void withoutCapsThePenaltyRunsOn() {
    Product product = aProduct().withMonths(6).withCap("100").build();
    assertThat(closedThrough(product, LocalDate.of(2024, 3, 17)).penaltyAccrued())
        .isEqualTo(Money.of("33.31"));
  }
}
