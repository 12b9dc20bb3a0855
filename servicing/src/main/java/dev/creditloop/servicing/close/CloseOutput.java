package dev.creditloop.servicing.close;

import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.delinquency.BucketChanged;
import dev.creditloop.servicing.journal.JournalEntry;
import java.util.ArrayList;
import java.util.List;

/** Collects what closing loans produced, so a whole batch is saved at once. */
final class CloseOutput {

  final List<JournalEntry> entries;
  final List<ServicingEvent> events;
  final List<BucketChanged> bucketChanges;

  CloseOutput(int expectedLoans) {
    entries = new ArrayList<>(expectedLoans);
    events = new ArrayList<>(expectedLoans / 4 + 4);
    bucketChanges = new ArrayList<>(expectedLoans / 8 + 4);
  }
}
