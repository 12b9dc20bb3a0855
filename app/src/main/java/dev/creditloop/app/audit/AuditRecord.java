package dev.creditloop.app.audit;

import java.time.Instant;

/** One audited action as stored; {@code hash} chains it to the record before. */
public record AuditRecord(
    long id,
    Instant at,
    String actor,
    String roles,
    String source,
    String action,
    String entityType,
    String entityId,
    Long customerId,
    int status,
    String request,
    String before,
    String after,
    String prevHash,
    String hash) {

  /** What an action tells the trail before it is numbered and chained. */
  public record Entry(
      Instant at,
      String actor,
      String roles,
      String source,
      String action,
      String entityType,
      String entityId,
      Long customerId,
      int status,
      String request,
      String before,
      String after) {}
}
