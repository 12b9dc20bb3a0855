package dev.creditloop.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwtBearerTest {

  @Test
  void rolesAreReadFromAListOrAStringByAnyCaseWithOrWithoutThePrefix() {
    assertThat(JwtBearer.roles(List.of("risk", "ROLE_FINANCE", "uma_authorization")))
        .containsExactlyInAnyOrder(Role.RISK, Role.FINANCE);
    assertThat(JwtBearer.roles("account-manager admin"))
        .containsExactlyInAnyOrder(Role.ACCOUNT_MANAGER, Role.ADMIN);
    assertThat(JwtBearer.roles(null)).isEmpty();
  }

  @Test
  void aClaimIsFoundByADottedPath() {
    Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("risk")));
    assertThat(JwtBearer.claim(claims, "realm_access.roles")).isEqualTo(List.of("risk"));
    assertThat(JwtBearer.claim(claims, "realm_access.missing")).isNull();
    assertThat(JwtBearer.claim(claims, "roles")).isNull();
  }

  @Test
  void aTokenSignedWithTheProvidersKeyIsDecoded() throws Exception {
    java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    java.security.KeyPair pair = g.generateKeyPair();
    java.nio.file.Path pem = java.nio.file.Files.createTempFile("jwt", ".pem");
    java.nio.file.Files.writeString(
        pem,
        "-----BEGIN PUBLIC KEY-----\n"
            + java.util.Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(pair.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n");
    JwtBearer bearer =
        new JwtBearer(
            new JwtBearer.Settings(
                true, null, "file:" + pem, "https://idp", null, null, null, null));
    com.nimbusds.jwt.SignedJWT jwt =
        new com.nimbusds.jwt.SignedJWT(
            new com.nimbusds.jose.JWSHeader(com.nimbusds.jose.JWSAlgorithm.RS256),
            new com.nimbusds.jwt.JWTClaimsSet.Builder()
                .issuer("https://idp")
                .subject("s-1")
                .claim("roles", List.of("risk"))
                .expirationTime(new java.util.Date(System.currentTimeMillis() + 60_000))
                .build());
    jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(pair.getPrivate()));
    var auth = bearer.authentication(bearer.decoder().decode(jwt.serialize()));
    assertThat(((StaffPrincipal) auth.getPrincipal()).username()).isEqualTo("s-1");
    assertThat(((StaffPrincipal) auth.getPrincipal()).roles()).containsExactly(Role.RISK);
  }
}
