package dev.creditloop.app.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Recognises, without side effects, a caller the full security chain would let through to one
 * endpoint of the {@link AccessMatrix}: credentials on the call (HTTP Basic verified within the
 * remembered while, or a live API token), a role the matrix allows for the endpoint, and no agency
 * scope. Anything else (no credentials, credentials not yet verified, a wrong password, a refused
 * role, an agency user, a session) is not recognised: the caller then takes the full chain, which
 * authenticates, counts failures, audits refusals and narrows the scope as it always does. Used by
 * the hot lanes that serve a few high-volume endpoints ahead of the chain.
 */
@Component
public class KnownCallers {

  private static final String BASIC = "Basic ";
  private static final String BEARER = "Bearer ";

  private final StaffAuthentication staff;
  private final ApiTokens tokens;

  KnownCallers(StaffAuthentication staff, ApiTokens tokens) {
    this.staff = staff;
    this.tokens = tokens;
  }

  /** The roles the access matrix allows for one endpoint. */
  public static Set<Role> allowed(HttpMethod method, String pattern) {
    return AccessMatrix.rules().stream()
        .filter(r -> r.method().equals(method) && r.pattern().equals(pattern))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not in the access matrix: " + pattern))
        .roles();
  }

  /**
   * The authentication behind an {@code Authorization} header (the one the chain would sign the
   * call in with) when it is known, holds one of {@code allowed} and sees the whole book; else
   * empty.
   */
  public Optional<Authentication> known(String authorization, Set<Role> allowed) {
    Optional<Authentication> known = authentication(authorization);
    if (known.isEmpty()
        || !(known.get().getPrincipal() instanceof StaffPrincipal principal)
        || principal.agency() != null) {
      return Optional.empty();
    }
    for (Role role : principal.roles()) {
      if (allowed.contains(role)) {
        return known;
      }
    }
    return Optional.empty();
  }

  private Optional<Authentication> authentication(String authorization) {
    if (authorization == null) {
      return Optional.empty();
    }
    if (authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      String bearer = authorization.substring(BEARER.length()).strip();
      if (!bearer.startsWith(ApiTokens.PREFIX)) {
        return Optional.empty(); // an external JWT: the chain's resource server checks it
      }
      return tokens.authenticate(bearer);
    }
    if (!authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    return staff.remembered(decoded.substring(0, colon), decoded.substring(colon + 1));
  }
}
