package dev.creditloop.lending.drawdown;

import java.util.Objects;

/** A reviewer's decision on a parked drawdown: who, and why ({@code note}, may be null). */
public record ReviewCommand(long reviewId, String reviewer, String note) {

  public ReviewCommand {
    Objects.requireNonNull(reviewer, "reviewer");
  }
}
