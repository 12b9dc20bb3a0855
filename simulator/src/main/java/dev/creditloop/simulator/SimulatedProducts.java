package dev.creditloop.simulator;

import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.product.Product;
import dev.creditloop.servicing.schedule.DayCountBasis;
import dev.creditloop.servicing.schedule.Fees;
import dev.creditloop.servicing.schedule.RepaymentMethod;
import dev.creditloop.servicing.schedule.TermUnit;
import java.util.List;
import java.util.TreeSet;

/**
 * The three products of the simulated book: an instalment cash loan, a short one and a payday loan.
 */
public final class SimulatedProducts {

  /** 等额本息 cash loan of 3, 6 or 12 months. */
  public static final Product CASH_LOAN =
      new Product(
          "SIM_CASH12",
          "Simulated cash loan, 12-month annuity",
          RepaymentMethod.ANNUITY,
          TermUnit.MONTHS,
          new TreeSet<>(List.of(3, 6, 12)),
          Rate.of("0.18"),
          DayCountBasis.D360,
          Rate.of("0.27"),
          3,
          Fees.NONE,
          null,
          Rate.of("0.24"));

  /** 等额本金 loan of 3 or 6 months with a small monthly fee. */
  public static final Product SHORT_LOAN =
      new Product(
          "SIM_EP6",
          "Simulated 6-month equal-principal loan",
          RepaymentMethod.EQUAL_PRINCIPAL,
          TermUnit.MONTHS,
          new TreeSet<>(List.of(3, 6)),
          Rate.of("0.15"),
          DayCountBasis.D360,
          Rate.of("0.27"),
          3,
          new Fees(Rate.ZERO, Rate.of("0.002")),
          null,
          Rate.of("0.24"));

  /** 一次性还本付息 payday loan of 14 or 30 days. */
  public static final Product PAYDAY =
      new Product(
          "SIM_PAYDAY",
          "Simulated payday loan, 14/30-day bullet",
          RepaymentMethod.BULLET,
          TermUnit.DAYS,
          new TreeSet<>(List.of(14, 30)),
          Rate.of("0.24"),
          DayCountBasis.D365,
          Rate.of("0.30"),
          0,
          Fees.NONE,
          null,
          Rate.of("0.36"));

  public static final List<Product> ALL = List.of(CASH_LOAN, SHORT_LOAN, PAYDAY);

  private SimulatedProducts() {}

  static Product byCode(String code) {
    for (Product p : ALL) {
      if (p.code().equals(code)) {
        return p;
      }
    }
    throw new IllegalArgumentException("not a simulated product: " + code);
  }
}
