package dev.creditloop.decisioning.list;

import java.time.Instant;

/**
 * One entry: on which list, for which key, why, since when, and until when ({@code expiresAt} null
 * means it does not expire; the entry stops applying at that instant).
 */
public record ListEntry(
    ListType list, ListKey key, String reason, Instant createdAt, Instant expiresAt) {

  public ListEntry {
    if (list == null || key == null || createdAt == null) {
      throw new IllegalArgumentException("a list entry needs a list, a key and createdAt");
    }
  }

  /** In force at {@code at}: already created and not yet expired. */
  public boolean liveAt(Instant at) {
    return !createdAt.isAfter(at) && (expiresAt == null || at.isBefore(expiresAt));
  }
}
