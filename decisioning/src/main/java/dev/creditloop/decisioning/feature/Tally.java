package dev.creditloop.decisioning.feature;

import java.util.concurrent.atomic.LongAdder;

/** Counts of points the incremental state could not keep, for monitoring. */
final class Tally {

  final LongAdder events = new LongAdder();
  final LongAdder late = new LongAdder();
  final LongAdder evicted = new LongAdder();

  void count(int outcome) {
    if (outcome == Series.LATE) {
      late.increment();
    } else if (outcome == Series.EVICTED) {
      evicted.increment();
    }
  }
}
