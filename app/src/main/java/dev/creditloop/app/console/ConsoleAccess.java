package dev.creditloop.app.console;

import dev.creditloop.app.security.StaffPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in user may call an API operation: pages show only the commands the user's
 * roles allow.
 */
@Component("access")
public class ConsoleAccess {

  /**
   * {@code operation} as the access matrix writes it, e.g. {@code "POST
   * /api/v1/loans/{id}/write-off"}.
   */
  public boolean can(String operation) {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getPrincipal() instanceof StaffPrincipal user
        && ConsoleNavigation.allows(user.roles(), operation);
  }
}
