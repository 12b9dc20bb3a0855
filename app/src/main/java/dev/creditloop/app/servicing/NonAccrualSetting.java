package dev.creditloop.app.servicing;

import dev.creditloop.servicing.close.CloseLoanDay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The days past due from which a loan stops recognising income (非应计), {@code
 * creditloop.servicing.non-accrual-dpd}, default 90. The daily close and the simulator both follow
 * it.
 */
@Component
public class NonAccrualSetting {

  private final int dpd;

  NonAccrualSetting(
      @Value("${creditloop.servicing.non-accrual-dpd:" + CloseLoanDay.DEFAULT_NON_ACCRUAL_DPD + "}")
          int dpd) {
    if (dpd < 1) {
      throw new IllegalArgumentException(
          "creditloop.servicing.non-accrual-dpd must be at least 1, was " + dpd);
    }
    this.dpd = dpd;
  }

  public int dpd() {
    return dpd;
  }
}
