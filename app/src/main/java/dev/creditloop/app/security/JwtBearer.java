package dev.creditloop.app.security;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Optional sign-in of API calls with bearer JWTs from an external OpenID Connect provider (e.g.
 * Keycloak), on with {@code creditloop.security.jwt.enabled=true}. A token is checked against the
 * provider's keys (a JWK set URI, or an RSA public key), its issuer, expiry and, when configured,
 * audience; its roles and agency come from configured claims. The caller is not a stored user: the
 * token alone says who it is and what it may do, so a role change at the provider applies with its
 * next token.
 */
@Component
@ConditionalOnProperty(name = "creditloop.security.jwt.enabled", havingValue = "true")
@EnableConfigurationProperties(JwtBearer.Settings.class)
class JwtBearer {

  /**
   * @param jwkSetUri the provider's JWK set (e.g. {@code
   *     https://idp/realms/x/protocol/openid-connect/certs}); or else
   * @param publicKeyLocation an X.509 PEM RSA public key ({@code file:...}, {@code classpath:...})
   * @param issuer the required {@code iss} claim
   * @param audience the {@code aud} the token must name; absent: not checked
   * @param usernameClaim the caller's name (default {@code preferred_username}, else {@code sub})
   * @param rolesClaim a list (or space-separated string) of role names, a dotted path into the
   *     claims (default {@code roles}; Keycloak: {@code realm_access.roles}); names match the roles
   *     case-insensitively, with or without {@code ROLE_}; others are ignored
   * @param agencyClaim the caller's agency (default {@code agency}); absent: in-house
   */
  @ConfigurationProperties("creditloop.security.jwt")
  record Settings(
      boolean enabled,
      String jwkSetUri,
      String publicKeyLocation,
      String issuer,
      String audience,
      String usernameClaim,
      String rolesClaim,
      String agencyClaim) {}

  private final Settings settings;
  private final JwtDecoder decoder;

  JwtBearer(Settings settings) {
    this.settings = settings;
    this.decoder = decoder(settings);
  }

  JwtDecoder decoder() {
    return decoder;
  }

  /**
   * Authenticates bearer JWTs only: the API chain's own manager (passwords) knows nothing of them.
   */
  org.springframework.security.authentication.AuthenticationManager authenticationManager() {
    var provider =
        new org.springframework.security.oauth2.server.resource.authentication
            .JwtAuthenticationProvider(decoder);
    provider.setJwtAuthenticationConverter(this::authentication);
    return new org.springframework.security.authentication.ProviderManager(provider);
  }

  /** The caller a valid token names, as every other sign-in makes it. */
  AbstractAuthenticationToken authentication(Jwt jwt) {
    String username = jwt.getClaimAsString(or(settings.usernameClaim(), "preferred_username"));
    if (username == null || username.isBlank()) {
      username = jwt.getSubject();
    }
    Set<Role> roles = roles(claim(jwt.getClaims(), or(settings.rolesClaim(), "roles")));
    Object agency = claim(jwt.getClaims(), or(settings.agencyClaim(), "agency"));
    StaffPrincipal principal =
        new StaffPrincipal(
            username,
            Set.copyOf(roles),
            agency == null || agency.toString().isBlank() ? null : agency.toString(),
            null);
    List<GrantedAuthority> authorities =
        roles.stream()
            .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
            .toList();
    return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
  }

  static Set<Role> roles(Object claim) {
    Collection<?> names =
        claim instanceof Collection<?> c
            ? c
            : claim instanceof String s ? List.of(s.trim().split("\\s+")) : List.of();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Object name : names) {
      String n = String.valueOf(name).trim().toUpperCase(Locale.ROOT).replace('-', '_');
      if (n.startsWith("ROLE_")) {
        n = n.substring(5);
      }
      for (Role role : Role.values()) {
        if (role.name().equals(n)) {
          roles.add(role);
        }
      }
    }
    return roles;
  }

  /** A claim by a dotted path ({@code realm_access.roles}); null when absent. */
  static Object claim(Map<String, Object> claims, String path) {
    Object at = claims;
    for (String part : path.split("\\.")) {
      if (!(at instanceof Map<?, ?> map)) {
        return null;
      }
      at = map.get(part);
    }
    return at;
  }

  private static String or(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  private static JwtDecoder decoder(Settings s) {
    if (s.issuer() == null || s.issuer().isBlank()) {
      throw new IllegalStateException(
          "creditloop.security.jwt.issuer is required when creditloop.security.jwt.enabled=true");
    }
    NimbusJwtDecoder decoder;
    if (s.jwkSetUri() != null && !s.jwkSetUri().isBlank()) {
      decoder = NimbusJwtDecoder.withJwkSetUri(s.jwkSetUri()).build();
    } else if (s.publicKeyLocation() != null && !s.publicKeyLocation().isBlank()) {
      decoder = NimbusJwtDecoder.withPublicKey(publicKey(s.publicKeyLocation())).build();
    } else {
      throw new IllegalStateException(
          "set creditloop.security.jwt.jwk-set-uri or creditloop.security.jwt.public-key-location");
    }
    List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
    validators.add(JwtValidators.createDefaultWithIssuer(s.issuer()));
    if (s.audience() != null && !s.audience().isBlank()) {
      validators.add(
          new JwtClaimValidator<List<String>>(
              "aud", aud -> aud != null && aud.contains(s.audience())));
    }
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
    return decoder;
  }

  private static RSAPublicKey publicKey(String location) {
    try (InputStream in = new DefaultResourceLoader().getResource(location).getInputStream()) {
      return RsaKeyConverters.x509().convert(in);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "creditloop.security.jwt.public-key-location: cannot read an X.509 PEM RSA public key at "
              + location,
          e);
    }
  }
}
