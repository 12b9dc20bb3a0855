package dev.creditloop.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.creditloop.app.ApiIT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Bearer JWTs of an external OpenID Connect provider, signed here with a key of the test's own (the
 * server knows its public key from a PEM file): a valid token signs the call in with the roles and
 * agency of its claims; an expired one, one from another issuer or signed by another key is a 401
 * problem; the server's own {@code clt_} tokens keep working beside them.
 */
@TestPropertySource(
    properties = {
      "creditloop.security.jwt.enabled=true",
      "creditloop.security.jwt.issuer=" + JwtBearerIT.ISSUER,
      "creditloop.security.jwt.roles-claim=realm_access.roles"
    })
class JwtBearerIT extends ApiIT {

  static final String ISSUER = "https://idp.example.test/realms/creditloop";
  private static final KeyPair PROVIDER = rsa();
  private static final KeyPair STRANGER = rsa();
  private static final Path PUBLIC_KEY;

  static {
    try {
      PUBLIC_KEY = Files.createTempFile("creditloop-jwt", ".pem");
      String pem =
          "-----BEGIN PUBLIC KEY-----\n"
              + Base64.getMimeEncoder(64, "\n".getBytes())
                  .encodeToString(PROVIDER.getPublic().getEncoded())
              + "\n-----END PUBLIC KEY-----\n";
      Files.writeString(PUBLIC_KEY, pem);
      PUBLIC_KEY.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void publicKey(DynamicPropertyRegistry registry) {
    registry.add("creditloop.security.jwt.public-key-location", () -> "file:" + PUBLIC_KEY);
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String jwt(
      KeyPair signer, String issuer, Instant expires, Map<String, Object> claims)
      throws JOSEException {
    JWTClaimsSet.Builder b =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject("f3a1c2d4")
            .issueTime(Date.from(expires.minus(Duration.ofMinutes(10))))
            .expirationTime(Date.from(expires));
    claims.forEach(b::claim);
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), b.build());
    jwt.sign(new RSASSASigner(PROVIDER == signer ? PROVIDER.getPrivate() : signer.getPrivate()));
    return jwt.serialize();
  }

  private static final Map<String, Object> RISK_EAST =
      Map.of(
          "preferred_username",
          "kc.risk",
          "realm_access",
          Map.of("roles", List.of("risk", "offline_access")),
          "agency",
          "east");

  @Test
  void aValidTokenSignsInWithTheRolesAndAgencyOfItsClaims() throws Exception {
    signInWithToken(jwt(PROVIDER, ISSUER, Instant.now().plusSeconds(300), RISK_EAST));
    Response me = get("/api/v1/users/me");
    assertThat(me.status()).as(me.raw()).isEqualTo(200);
    assertThat(me.body().get("username").asString()).isEqualTo("kc.risk");
    assertThat(me.body().get("roles").toString()).isEqualTo("[\"RISK\"]");
    assertThat(me.body().get("agency").asString()).isEqualTo("east");
    assertThat(get("/api/v1/strategies").status()).isEqualTo(200);
    Response denied = get("/api/v1/users");
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.body().get("code").asString()).isEqualTo("forbidden");
    Response token = post("/api/v1/users/me/tokens", Map.of("name", "from-jwt"));
    assertThat(token.status()).as("no stored user to hold a token").isEqualTo(422);
  }

  @Test
  void expiredForeignAndBadlySignedTokensAre401Problems() throws Exception {
    for (String token :
        List.of(
            jwt(PROVIDER, ISSUER, Instant.now().minusSeconds(600), RISK_EAST),
            jwt(PROVIDER, "https://other.example.test", Instant.now().plusSeconds(300), RISK_EAST),
            jwt(STRANGER, ISSUER, Instant.now().plusSeconds(300), RISK_EAST),
            "not-a-jwt")) {
      signInWithToken(token);
      Response r = get("/api/v1/users/me");
      assertThat(r.status()).as(token).isEqualTo(401);
      assertThat(r.contentType()).contains("application/problem+json");
      assertThat(r.body().get("code").asString()).isEqualTo("unauthenticated");
    }
  }

  @Test
  void theServersOwnTokensAndHttpBasicWorkBeside() {
    Response created = post("/api/v1/users/me/tokens", Map.of("name", "beside-jwt"));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    signInWithToken(created.body().get("token").asString());
    Response me = get("/api/v1/users/me");
    assertThat(me.status()).as(me.raw()).isEqualTo(200);
    assertThat(me.body().get("username").asString()).isEqualTo(ALL_ROLES_USER);
  }
}
