package dev.creditloop.decisioning.feature;

import java.util.Locale;

/** The themes of in-loan behaviour features, as risk staff group them. */
enum Theme {
  VOLUME,
  TREND,
  CONCENTRATION,
  DISPERSION,
  ABNORMAL,
  REPAYMENT,
  LIMIT_USAGE,
  TENURE,
  /** Facts of the request being decided, supplied by the caller or taken from the as-of instant. */
  REQUEST;

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
