package dev.creditloop.servicing.schedule;

/** How principal and interest are spread over the instalments (还款方式). */
public enum RepaymentMethod {
  /** 等额本息: equal instalments (Excel PMT), interest on the declining balance. */
  ANNUITY("等额本息"),
  /** 等额本金: equal principal, interest on the declining balance. */
  EQUAL_PRINCIPAL("等额本金"),
  /** 等本等息: equal principal, interest on the original principal every period. */
  FLAT("等本等息"),
  /** 先息后本: interest every period, all principal at maturity. */
  INTEREST_FIRST("先息后本"),
  /** 一次性还本付息: principal and interest in one payment at maturity; the only method for day terms. */
  BULLET("一次性还本付息");

  private final String chineseName;

  RepaymentMethod(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  public boolean allows(TermUnit unit) {
    return unit == TermUnit.MONTHS || this == BULLET;
  }
}
