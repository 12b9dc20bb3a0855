package dev.creditloop.app.approval;

import java.time.Instant;

/**
 * A held command and what became of it: PENDING, then APPROVED (done), FAILED (approved but
 * refused), REJECTED or CANCELLED.
 */
public record Approval(
    long id,
    String operation,
    String kind,
    String method,
    String path,
    String contentType,
    String body,
    String summary,
    String requestedBy,
    Instant requestedAt,
    String status,
    String decidedBy,
    Instant decidedAt,
    String note,
    Integer resultStatus,
    String resultBody) {}
