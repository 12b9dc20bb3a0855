package dev.creditloop.app.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Staff users and their roles (stored by {@code app.security.persistence.JdbcStaffUsers}). Adding a
 * user with its roles, and replacing a user's roles, are each one transaction.
 */
public interface StaffUsers {

  long count();

  void add(
      String username,
      String passwordHash,
      String displayName,
      String agency,
      Collection<Role> roles,
      String createdBy);

  boolean exists(String username);

  Optional<StaffUser> find(String username);

  List<StaffUser> all();

  void replaceRoles(String username, Collection<Role> roles);

  void setEnabled(String username, boolean enabled);

  void setPassword(String username, String passwordHash);

  void setLocale(String username, String locale);

  /**
   * Counts a failed sign-in; locks the user until {@code lockUntil} when the count reaches {@code
   * maxAttempts}.
   */
  void recordFailure(String username, int maxAttempts, Instant lockUntil);

  void recordSuccess(String username);
}
