package dev.creditloop.servicing.product;

/**
 * 10^n as a long, for the rates' exact fractions ({@link PenaltyRule}, {@link PenaltyCap}): the
 * close builds them for every loan it loads, and {@code BigDecimal.TEN.pow(n)} was a tenth of its
 * time.
 */
final class PowersOfTen {

  private static final long[] POWERS = new long[19];

  static {
    long p = 1;
    for (int n = 0; n < POWERS.length; n++) {
      POWERS[n] = p;
      p *= 10;
    }
  }

  private PowersOfTen() {}

  /** 10^n for 0 ≤ n ≤ 18. */
  static long of(int n) {
    return POWERS[n];
  }
}
