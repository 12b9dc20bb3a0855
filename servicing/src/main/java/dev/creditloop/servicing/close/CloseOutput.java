package dev.creditloop.servicing.close;

import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.delinquency.BucketChanged;
import dev.creditloop.servicing.journal.JournalEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Collects what closing loans produced, so a whole batch is saved at once. Each loan's share is
 * marked, so the output of loans that could not be saved can be left out.
 */
final class CloseOutput {

  final List<JournalEntry> entries;
  final List<ServicingEvent> events;
  final List<BucketChanged> bucketChanges;
  private long[] loanIds = new long[16];

  /** Per marked loan: where its entries, events and bucket changes start. */
  private int[] starts = new int[16 * 3];

  private int marked;

  CloseOutput(int expectedLoans) {
    entries = new ArrayList<>(expectedLoans);
    events = new ArrayList<>(expectedLoans / 4 + 4);
    bucketChanges = new ArrayList<>(expectedLoans / 8 + 4);
  }

  /** What is added from now until the next mark belongs to loan {@code loanId}. */
  void startLoan(long loanId) {
    if (marked == loanIds.length) {
      loanIds = Arrays.copyOf(loanIds, marked * 2);
      starts = Arrays.copyOf(starts, marked * 2 * 3);
    }
    loanIds[marked] = loanId;
    starts[marked * 3] = entries.size();
    starts[marked * 3 + 1] = events.size();
    starts[marked * 3 + 2] = bucketChanges.size();
    marked++;
  }

  /** This output without what the loans {@code left} produced. */
  CloseOutput without(Set<Long> left) {
    CloseOutput kept = new CloseOutput(entries.size());
    for (int m = 0; m < marked; m++) {
      if (left.contains(loanIds[m])) {
        continue;
      }
      kept.entries.addAll(entries.subList(starts[m * 3], end(m, 0, entries.size())));
      kept.events.addAll(events.subList(starts[m * 3 + 1], end(m, 1, events.size())));
      kept.bucketChanges.addAll(
          bucketChanges.subList(starts[m * 3 + 2], end(m, 2, bucketChanges.size())));
    }
    return kept;
  }

  private int end(int mark, int list, int size) {
    return mark + 1 < marked ? starts[(mark + 1) * 3 + list] : size;
  }
}
