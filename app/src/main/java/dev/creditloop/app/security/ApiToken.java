package dev.creditloop.app.security;

import java.time.Instant;

/**
 * A personal API token as stored: whose, its name, the first characters of its secret ({@code
 * hint}) and its life. The secret is never kept, only its keyed hash.
 */
public record ApiToken(
    long id,
    String username,
    String name,
    String hint,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant revokedAt,
    String revokedBy) {

  /** Whether the token authenticates at {@code now}: not revoked, not expired. */
  public boolean liveAt(Instant now) {
    return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
  }
}
