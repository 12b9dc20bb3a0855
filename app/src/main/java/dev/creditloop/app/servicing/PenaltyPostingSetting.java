package dev.creditloop.app.servicing;

import dev.creditloop.servicing.close.PenaltyPosting;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The lender's penalty posting cadence, {@code creditloop.servicing.penalty-posting}: {@code
 * month-end} (default) or {@code daily}. The daily close and the simulator both follow it. Penalty
 * is charged to loans every day either way; this is when the journal gets it ({@link
 * PenaltyPosting}).
 */
@Component
public class PenaltyPostingSetting {

  private final PenaltyPosting posting;

  PenaltyPostingSetting(@Value("${creditloop.servicing.penalty-posting:month-end}") String value) {
    this.posting = parse(value);
  }

  public PenaltyPosting value() {
    return posting;
  }

  static PenaltyPosting parse(String value) {
    String name = value == null ? "" : value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (PenaltyPosting p : PenaltyPosting.values()) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "creditloop.servicing.penalty-posting must be month-end or daily, was '" + value + "'");
  }
}
