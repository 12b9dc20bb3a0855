package dev.creditloop.app.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password against the stored bcrypt hash, once: a successful check is
 * remembered as a keyed hash (HMAC-SHA256 under a random per-process key) of the credentials for a
 * while, so an API client sending HTTP Basic on every call costs a microsecond, not a bcrypt (about
 * 80 ms of CPU). A wrong password always goes to bcrypt and counts towards the lock-out; a change
 * to the user (password, roles, disabled) drops what was remembered.
 */
@Component
public class StaffAuthentication implements AuthenticationProvider {

  private record Verified(
      byte[] mac, StaffPrincipal principal, List<GrantedAuthority> authorities, Instant until) {}

  private final StaffUsers users;
  private final PasswordEncoder passwords;
  private final Clock clock;
  private final Duration remember;
  private final int maxAttempts;
  private final Duration lockout;
  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs;
  private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
  private final List<java.util.function.Consumer<String>> forgetting =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * Compared against when the user does not exist, so that the answer takes as long as for a wrong
   * password.
   */
  private final String absentUserHash;

  StaffAuthentication(
      StaffUsers users,
      PasswordEncoder passwords,
      Clock clock,
      @Value("${creditloop.security.remember-verified-seconds:300}") long rememberSeconds,
      @Value("${creditloop.security.max-failed-attempts:5}") int maxAttempts,
      @Value("${creditloop.security.lockout-minutes:15}") long lockoutMinutes) {
    this.users = users;
    this.passwords = passwords;
    this.clock = clock;
    this.remember = Duration.ofSeconds(rememberSeconds);
    this.maxAttempts = maxAttempts;
    this.lockout = Duration.ofMinutes(lockoutMinutes);
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.macs = ThreadLocal.withInitial(this::newMac);
    this.absentUserHash = passwords.encode("absent-user-" + new SecureRandom().nextLong());
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String username = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (username == null || credentials == null) {
      throw new BadCredentialsException("credentials required");
    }
    String password = credentials.toString();
    Instant now = clock.instant();
    byte[] mac = mac(username, password);
    Verified known = known(username, mac, now);
    if (known != null) {
      return token(known);
    }
    StaffUser user = users.find(username).orElse(null);
    if (user == null) {
      passwords.matches(password, absentUserHash);
      throw new BadCredentialsException("bad credentials");
    }
    if (!user.enabled()) {
      throw new DisabledException("user disabled");
    }
    if (user.lockedAt(now)) {
      throw new LockedException("user locked");
    }
    if (!passwords.matches(password, user.passwordHash())) {
      users.recordFailure(username, maxAttempts, now.plus(lockout));
      // the failure may have locked the user: its API tokens must stop too
      forget(username);
      throw new BadCredentialsException("bad credentials");
    }
    users.recordSuccess(username);
    StaffPrincipal principal =
        new StaffPrincipal(user.username(), user.roles(), user.agency(), user.locale());
    List<GrantedAuthority> authorities =
        user.roles().stream()
            .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
            .toList();
    Verified fresh = new Verified(mac, principal, authorities, now.plus(remember));
    verified.put(username, fresh);
    return token(fresh);
  }

  /**
   * The authentication of credentials verified within the remembered while, or empty: no bcrypt, no
   * failure counted, nothing changed. A caller that finds nothing here takes the full path through
   * {@link #authenticate}.
   */
  public java.util.Optional<Authentication> remembered(String username, String password) {
    return java.util.Optional.ofNullable(known(username, mac(username, password), clock.instant()))
        .map(StaffAuthentication::token);
  }

  /** The user's credentials verified within the remembered while, if these are they. */
  private Verified known(String username, byte[] mac, Instant now) {
    Verified known = verified.get(username);
    return known != null && known.until().isAfter(now) && MessageDigest.isEqual(known.mac(), mac)
        ? known
        : null;
  }

  /** Forgets a user's verified credentials: call after any change to the user. */
  public void forget(String username) {
    verified.remove(username);
    forgetting.forEach(f -> f.accept(username));
  }

  /** Also forget elsewhere what is remembered of a user (its API tokens) on every change. */
  void onForget(java.util.function.Consumer<String> forget) {
    forgetting.add(forget);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private static Authentication token(Verified v) {
    return UsernamePasswordAuthenticationToken.authenticated(v.principal(), null, v.authorities());
  }

  private byte[] mac(String username, String password) {
    Mac m = macs.get();
    m.update(username.getBytes(StandardCharsets.UTF_8));
    m.update((byte) 0);
    return m.doFinal(password.getBytes(StandardCharsets.UTF_8));
  }

  private Mac newMac() {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(key);
      return m;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
