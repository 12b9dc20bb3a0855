package dev.creditloop.servicing.product;

import static dev.creditloop.servicing.fixtures.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.ServicingException;
import dev.creditloop.servicing.schedule.DayCountBasis;
import dev.creditloop.servicing.schedule.RepaymentMethod;
import dev.creditloop.servicing.schedule.TermUnit;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ProductTest {

  private static Consumer<ServicingException> problem(String code, String field) {
    return e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.field()).isEqualTo(field);
    };
  }

  @Test
  void defaultsToNoFeesAndPenaltyFeeInterestPrincipalOrder() {
    Product p = aProduct().build();
    assertThat(p.allocationOrder())
        .containsExactly(Component.PENALTY, Component.FEE, Component.INTEREST, Component.PRINCIPAL);
    assertThat(p.fees().isNone()).isTrue();
    assertThat(p.allowedTerms()).containsExactly(3, 6, 12);
  }

  @Test
  void dayTermsAllowOnlyBullet() {
    assertThatThrownBy(
            () -> aProduct().withDays(14, 21).withMethod(RepaymentMethod.ANNUITY).build())
        .isInstanceOfSatisfying(
            ServicingException.class, problem("invalid-product", "repaymentMethod"));
    assertThat(aProduct().withDays(14, 21).build().termUnit()).isEqualTo(TermUnit.DAYS);
  }

  @Test
  void namesTheFieldAtFault() {
    assertThatThrownBy(() -> aProduct().withCode(" ").build())
        .isInstanceOfSatisfying(ServicingException.class, problem("invalid-product", "code"));
    assertThatThrownBy(() -> aProduct().withMonths().build())
        .isInstanceOfSatisfying(
            ServicingException.class, problem("invalid-product", "allowedTerms"));
    assertThatThrownBy(() -> aProduct().withMonths(0, 3).build())
        .isInstanceOfSatisfying(
            ServicingException.class, problem("invalid-product", "allowedTerms"));
    assertThatThrownBy(() -> aProduct().withRate("-0.1").build())
        .isInstanceOfSatisfying(ServicingException.class, problem("invalid-product", "annualRate"));
    assertThatThrownBy(() -> aProduct().withPenaltyRate("-0.1").build())
        .isInstanceOfSatisfying(
            ServicingException.class, problem("invalid-product", "penaltyAnnualRate"));
    assertThatThrownBy(() -> aProduct().withGraceDays(-1).build())
        .isInstanceOfSatisfying(ServicingException.class, problem("invalid-product", "graceDays"));
    assertThatThrownBy(() -> aProduct().withCap("0").build())
        .isInstanceOfSatisfying(ServicingException.class, problem("invalid-product", "aprCap"));
    assertThatThrownBy(
            () ->
                aProduct().withOrder(Component.PENALTY, Component.FEE, Component.INTEREST).build())
        .isInstanceOfSatisfying(
            ServicingException.class, problem("invalid-product", "allocationOrder"));
    assertThatThrownBy(
            () ->
                aProduct()
                    .withOrder(Component.PENALTY, Component.FEE, Component.FEE, Component.PRINCIPAL)
                    .build())
        .isInstanceOfSatisfying(
            ServicingException.class, problem("invalid-product", "allocationOrder"));
  }

  @Test
  void refusesATermItDoesNotOffer() {
    assertThatThrownBy(() -> aProduct().withMonths(3, 6).build().term(9))
        .isInstanceOfSatisfying(ServicingException.class, problem("term-not-allowed", "term"));
  }

  @Test
  void aprCapCheckNamesTheTermAboveTheCap() {
    // flat 12% over 12 months is an APR of 21.46%: under a 24% cap, over a 20% one
    aProduct()
        .withMethod(RepaymentMethod.FLAT)
        .withRate("0.12")
        .withMonths(12)
        .withCap("0.24")
        .build()
        .checkAprCap();
    assertThatThrownBy(
            () ->
                aProduct()
                    .withMethod(RepaymentMethod.FLAT)
                    .withRate("0.12")
                    .withMonths(3, 12)
                    .withCap("0.20")
                    .build()
                    .checkAprCap())
        .isInstanceOfSatisfying(
            ServicingException.class, problem("apr-cap-exceeded", "allowedTerms"))
        .hasMessageContaining("0.20");
  }

  @Test
  void annuityPricedExactlyAtTheCapPassesDespiteFenRounding() {
    // the IRR of 24% annuity comes out at 0.240001 because the payment is rounded up to the fen
    Product p = aProduct().withRate("0.24").withCap("0.24").build();
    p.checkAprCap();
    assertThat(p.withinAprCap(Rate.of("0.240001"))).isTrue();
    assertThat(p.withinAprCap(Rate.of("0.24006"))).isFalse();
  }

  @Test
  void scheduleTermsCarryTheProductsPricing() {
    Product p = aProduct().withBasis(DayCountBasis.D365).withFees("0.01", "0").build();
    var terms = p.scheduleTerms(Money.of("1000.00"), 6, LocalDate.of(2024, 1, 1));
    assertThat(terms.term().count()).isEqualTo(6);
    assertThat(terms.dayCountBasis()).isEqualTo(DayCountBasis.D365);
    assertThat(terms.fees().upfrontFeeRate()).isEqualTo(Rate.of("0.01"));
  }
}
