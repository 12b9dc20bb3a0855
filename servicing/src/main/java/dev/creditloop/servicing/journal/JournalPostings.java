package dev.creditloop.servicing.journal;

import java.util.List;

/** Port: where journal entries are stored. Implemented by the app (one batch, one transaction). */
public interface JournalPostings {

  void postAll(List<JournalEntry> entries);
}
