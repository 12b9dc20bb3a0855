package dev.creditloop.app.security;

import dev.creditloop.app.security.persistence.ApiTokenRows;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Fields;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens: {@code clt_} and 43 characters of a random 256-bit secret, shown once. The
 * database keeps only the HMAC-SHA256 of the secret under the server's token key, so a token is
 * looked up by one keyed hash (about a microsecond), never a password hash, and a copy of the
 * database holds no usable token. A token acts as its user, with the user's roles and agency as
 * they are now: a disabled or locked user's tokens stop at once (every change to a user forgets
 * what was remembered of its tokens).
 */
@Service
public class ApiTokens {

  private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

  /** What every token starts with, so that a leaked one is recognisable (secret scanners). */
  public static final String PREFIX = "clt_";

  private static final int SECRET_BYTES = 32;
  private static final int HINT = PREFIX.length() + 6;
  private static final int MAX_DAYS = 3650;

  /** A remembered token is checked against its row and its user again after this long. */
  private static final Duration RECHECK = Duration.ofSeconds(60);

  /** The last-used time is written at most this often per token. */
  private static final Duration TOUCH = Duration.ofSeconds(60);

  /** A token just created: its stored form, and the secret, which is never shown again. */
  public record Issued(ApiToken token, String secret) {}

  private static final class Known {
    final ApiToken token;
    final Authentication authentication;
    final Instant recheckAt;
    volatile Instant touchedAt;

    Known(ApiToken token, Authentication authentication, Instant recheckAt, Instant touchedAt) {
      this.token = token;
      this.authentication = authentication;
      this.recheckAt = recheckAt;
      this.touchedAt = touchedAt;
    }
  }

  private final ApiTokenRows rows;
  private final StaffUsers users;
  private final Clock clock;
  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();
  private final ThreadLocal<Mac> macs;
  private final ConcurrentHashMap<String, Known> known = new ConcurrentHashMap<>();

  /**
   * Counts forgettings (revocations, changes to users): a token loaded while one happened is used
   * for that call but not remembered, so a revocation racing a first use cannot be outlived.
   */
  private final java.util.concurrent.atomic.AtomicLong forgettings =
      new java.util.concurrent.atomic.AtomicLong();

  ApiTokens(
      ApiTokenRows rows,
      StaffUsers users,
      Clock clock,
      StaffAuthentication authentication,
      @Value("${creditloop.security.token-key:}") String tokenKey) {
    this.rows = rows;
    this.users = users;
    this.clock = clock;
    this.key = new SecretKeySpec(key(tokenKey), "HmacSHA256");
    this.macs = ThreadLocal.withInitial(this::newMac);
    authentication.onForget(this::forgetUser);
  }

  /** Creates a token for {@code username}, live for {@code expiresInDays} (null: until revoked). */
  public Issued create(String username, String name, Integer expiresInDays) {
    Fields f = Fields.check();
    f.required("name", name);
    f.that(name == null || (!name.isBlank() && name.length() <= 64), "name", "1 to 64 characters");
    f.that(
        expiresInDays == null || (expiresInDays >= 1 && expiresInDays <= MAX_DAYS),
        "expiresInDays",
        "1 to " + MAX_DAYS + " days when given");
    f.orThrow();
    if (!users.exists(username)) {
      // a caller signed in by an external provider's JWT is no user of ours to hold a token
      throw new ApiProblem(
          org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY,
          "not-a-stored-user",
          "API tokens are for users stored here; " + username + " is not one",
          List.of());
    }
    byte[] bytes = new byte[SECRET_BYTES];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    ApiToken token =
        rows.add(
            username,
            name.strip(),
            hash(secret),
            secret.substring(0, HINT),
            now,
            expiresInDays == null ? null : now.plus(Duration.ofDays(expiresInDays)));
    return new Issued(token, secret);
  }

  /** A user's tokens (never their secrets); 404 for a user that does not exist. */
  public List<ApiToken> of(String username) {
    if (!users.exists(username)) {
      throw ApiProblem.notFound("user", username);
    }
    return rows.of(username);
  }

  /**
   * Revokes one of {@code username}'s tokens; it stops at once. Revoking a revoked token again
   * answers it as it is. 404 when the user has no such token.
   */
  public ApiToken revoke(String username, long id, String by) {
    ApiToken token =
        rows.find(id)
            .filter(t -> t.username().equals(username))
            .orElseThrow(() -> ApiProblem.notFound("token", id));
    rows.revoke(id, by, clock.instant());
    forgettings.incrementAndGet();
    known.values().removeIf(k -> k.token.id() == id);
    return rows.find(id).orElse(token);
  }

  /**
   * The authentication a bearer token carries, or empty when it is unknown, revoked or expired, or
   * its user is disabled or locked.
   */
  public Optional<Authentication> authenticate(String bearer) {
    if (bearer == null || !bearer.startsWith(PREFIX) || bearer.length() > 128) {
      return Optional.empty();
    }
    String hash = hash(bearer);
    Instant now = clock.instant();
    Known k = known.get(hash);
    if (k == null || !k.recheckAt.isAfter(now)) {
      long generation = forgettings.get();
      k = load(hash, now);
      if (k == null) {
        known.remove(hash);
        return Optional.empty();
      }
      if (known.size() > 10_000) {
        known.clear();
      }
      known.put(hash, k);
      if (forgettings.get() != generation) {
        known.remove(hash);
      }
    }
    if (!k.token.liveAt(now)) {
      known.remove(hash);
      return Optional.empty();
    }
    Instant touched = k.touchedAt;
    if (touched == null || !touched.plus(TOUCH).isAfter(now)) {
      // cheap: one small update a minute per token, not one per call
      k.touchedAt = now;
      rows.used(k.token.id(), now);
    }
    return Optional.of(k.authentication);
  }

  private Known load(String hash, Instant now) {
    ApiToken token = rows.findByHash(hash).filter(t -> t.liveAt(now)).orElse(null);
    if (token == null) {
      return null;
    }
    StaffUser user = users.find(token.username()).orElse(null);
    if (user == null || !user.enabled() || user.lockedAt(now)) {
      return null;
    }
    StaffPrincipal principal =
        new StaffPrincipal(user.username(), user.roles(), user.agency(), user.locale());
    List<GrantedAuthority> authorities =
        user.roles().stream()
            .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
            .toList();
    Instant recheck = now.plus(RECHECK);
    if (user.lockedUntil() != null && user.lockedUntil().isBefore(recheck)) {
      recheck = user.lockedUntil();
    }
    return new Known(
        token,
        UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities),
        recheck,
        token.lastUsedAt());
  }

  /** Forgets what is remembered of a user's tokens: called on every change to the user. */
  void forgetUser(String username) {
    forgettings.incrementAndGet();
    known.values().removeIf(k -> k.token.username().equals(username));
  }

  String hash(String secret) {
    return HexFormat.of().formatHex(macs.get().doFinal(secret.getBytes(StandardCharsets.UTF_8)));
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

  private static byte[] key(String configured) {
    if (configured == null || configured.isBlank()) {
      log.warn(
          "*** API TOKENS ARE HASHED WITH THE PUBLIC DEVELOPMENT KEY: production must set "
              + "creditloop.security.token-key (CREDITLOOP_SECURITY_TOKENKEY); see docs/security.md ***");
      try {
        return MessageDigest.getInstance("SHA-256")
            .digest("creditloop development api-token key".getBytes(StandardCharsets.UTF_8));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JVM ships SHA-256", e);
      }
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(configured.trim());
    } catch (IllegalArgumentException e) {
      // the message names the setting, never the value
      throw new IllegalStateException("creditloop.security.token-key is not base64");
    }
    if (bytes.length < 32) {
      throw new IllegalStateException("creditloop.security.token-key must be at least 32 bytes");
    }
    return bytes;
  }
}
