package dev.creditloop.decisioning.list;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** List entries held in a hash map keyed by the normalised key: tests, demos, backtests. */
public final class InMemoryListEntries implements ListEntries {

  private final Map<ListKey, List<ListEntry>> byKey = new ConcurrentHashMap<>();

  public InMemoryListEntries add(ListEntry entry) {
    byKey.computeIfAbsent(entry.key(), k -> new CopyOnWriteArrayList<>()).add(entry);
    return this;
  }

  public void remove(ListEntry entry) {
    List<ListEntry> entries = byKey.get(entry.key());
    if (entries != null) {
      entries.remove(entry);
    }
  }

  @Override
  public List<ListEntry> liveEntries(Collection<ListKey> keys, Instant at) {
    List<ListEntry> found = new ArrayList<>(2);
    for (ListKey key : keys) {
      List<ListEntry> entries = byKey.get(key);
      if (entries != null) {
        for (ListEntry entry : entries) {
          if (entry.liveAt(at)) {
            found.add(entry);
          }
        }
      }
    }
    return found;
  }
}
