package dev.creditloop.app.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Told of every API call a signed-in user was refused (403), e.g. to keep it in the audit trail.
 */
public interface RefusalListener {
  void refused(HttpServletRequest request, StaffPrincipal principal);
}
