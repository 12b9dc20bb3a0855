package dev.creditloop.lending.scoring;

/** Told (customers scored, customers in all) now and then during a pass, and at its end. */
@FunctionalInterface
public interface ScoringProgress {

  void scored(long done, long total);

  static ScoringProgress none() {
    return (done, total) -> {};
  }
}
