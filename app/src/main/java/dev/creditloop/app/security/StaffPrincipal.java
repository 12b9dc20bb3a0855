package dev.creditloop.app.security;

import java.util.Set;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in user as the request sees it: name, roles, and the agency that scopes what it sees
 * (null: none).
 */
public record StaffPrincipal(String username, Set<Role> roles, String agency, String locale)
    implements AuthenticatedPrincipal {

  @Override
  public String getName() {
    return username;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  @Override
  public String toString() {
    return username;
  }
}
