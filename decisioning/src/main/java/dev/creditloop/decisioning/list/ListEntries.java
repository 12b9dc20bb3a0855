package dev.creditloop.decisioning.list;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Where list entries are kept; the app implements it over its database (one query for all the keys
 * of a request). Implementations must be thread-safe.
 */
public interface ListEntries {

  /**
   * The entries for any of {@code keys} that are in force at {@code at} (created at or before it,
   * not expired). Taking the instant lets a backtest replay lists as they were.
   */
  List<ListEntry> liveEntries(Collection<ListKey> keys, Instant at);

  /** No lists at all. */
  static ListEntries none() {
    return (keys, at) -> List.of();
  }
}
