package dev.creditloop.app.security;

import java.time.Instant;
import java.util.Set;

/**
 * A user who may sign in: staff or a machine client. {@code agency} limits what an agent or an
 * outsourced collector sees.
 */
public record StaffUser(
    String username,
    String passwordHash,
    String displayName,
    String agency,
    String locale,
    boolean enabled,
    int failedAttempts,
    Instant lockedUntil,
    Set<Role> roles,
    Instant createdAt,
    String createdBy) {

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
