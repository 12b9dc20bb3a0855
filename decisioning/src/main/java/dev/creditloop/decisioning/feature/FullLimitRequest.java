package dev.creditloop.decisioning.feature;

/**
 * Whether the request being decided asks for at least {@code percent}% of the credit line's full
 * limit, the limit in force at the request (a temporary limit while it is in force), within {@code
 * within} milliseconds of the line's grant: 1 or 0. It reads the request and nothing the line did
 * before, so a refused full-limit request leaves no trace on later requests.
 *
 * @param amount the feature holding the amount asked for
 * @param limit the feature holding the line's limit in force
 * @param grants the line's CREDIT_GRANTED events; the first grant counts
 */
record FullLimitRequest(
    FeatureSpec spec, String amount, String limit, Source grants, long within, int percent)
    implements FeatureDefinition {

  @Override
  public Evaluator compile(Layout layout) {
    int amountSlot = layout.slot(amount);
    int limitSlot = layout.slot(limit);
    int grantId = layout.source(grants);
    Entity entity = grants.entity();
    return (frame, slots) -> {
      if (!frame.present(entity)) {
        return 0;
      }
      Totals granted = frame.totals(grantId);
      if (granted.count() == 0) {
        return 0;
      }
      long since = frame.asOf() - granted.firstTime();
      boolean soon = since >= 0 && since <= within;
      return soon && isFullLimit(slots[amountSlot], slots[limitSlot], percent) ? 1 : 0;
    };
  }

  /** {@code amount >= percent% of limit}, exactly: both are whole fen, compared as such. */
  static boolean isFullLimit(double amountYuan, double limitYuan, int percent) {
    if (Double.isNaN(amountYuan) || Double.isNaN(limitYuan) || !(limitYuan > 0)) {
      return false;
    }
    long amountFen = Math.round(amountYuan * 100);
    long limitFen = Math.round(limitYuan * 100);
    return amountFen * 100 >= limitFen * percent;
  }
}
