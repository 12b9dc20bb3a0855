package dev.creditloop.app.servicing;

import dev.creditloop.lending.drawdown.RequestDrawdown;

/**
 * The attribute names of a DRAWDOWN_REQUESTED event, kept here only for {@code
 * app.decisioning.Backtests} until it moves to the lending module; new code uses {@link
 * RequestDrawdown#TERM_MONTHS} and {@link RequestDrawdown#CURRENT_DPD}. The drawdown itself is
 * {@link RequestDrawdown}.
 */
public final class Drawdowns {

  public static final String TERM_MONTHS = RequestDrawdown.TERM_MONTHS;

  public static final String CURRENT_DPD = RequestDrawdown.CURRENT_DPD;

  private Drawdowns() {}
}
