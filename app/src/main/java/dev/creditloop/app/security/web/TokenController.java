package dev.creditloop.app.security.web;

import dev.creditloop.app.security.ApiToken;
import dev.creditloop.app.security.ApiTokens;
import dev.creditloop.app.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(
    name = "API tokens",
    description =
        "Personal API tokens (Authorization: Bearer clt_...): one's own, and anyone's for ADMIN")
class TokenController {

  private final ApiTokens tokens;

  TokenController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  record NewToken(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "payment-channel",
              maxLength = 64,
              description = "what the token is for")
          String name,
      @Schema(example = "90", description = "1 to 3650; absent: until revoked")
          Integer expiresInDays) {}

  record TokenView(
      long id,
      String username,
      String name,
      @Schema(description = "the first characters of the secret, to tell tokens apart") String hint,
      Instant createdAt,
      Instant expiresAt,
      Instant lastUsedAt,
      Instant revokedAt,
      String revokedBy) {
    static TokenView of(ApiToken t) {
      return new TokenView(
          t.id(),
          t.username(),
          t.name(),
          t.hint(),
          t.createdAt(),
          t.expiresAt(),
          t.lastUsedAt(),
          t.revokedAt(),
          t.revokedBy());
    }
  }

  record IssuedView(
      long id,
      String name,
      @Schema(description = "the secret: shown this once, never again") String token,
      String hint,
      Instant createdAt,
      Instant expiresAt) {}

  @PostMapping("/me/tokens")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Create a personal API token; the answer shows its secret once (send it as Authorization: Bearer ...)")
  IssuedView create(@RequestBody NewToken body, @AuthenticationPrincipal StaffPrincipal me) {
    ApiTokens.Issued issued = tokens.create(me.username(), body.name(), body.expiresInDays());
    ApiToken t = issued.token();
    return new IssuedView(
        t.id(), t.name(), issued.secret(), t.hint(), t.createdAt(), t.expiresAt());
  }

  @GetMapping("/me/tokens")
  @Operation(summary = "One's own API tokens (never their secrets), newest first")
  List<TokenView> mine(@AuthenticationPrincipal StaffPrincipal me) {
    return tokens.of(me.username()).stream().map(TokenView::of).toList();
  }

  @DeleteMapping("/me/tokens/{id}")
  @Operation(summary = "Revoke one of one's own API tokens: it stops at once")
  TokenView revokeMine(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me) {
    return TokenView.of(tokens.revoke(me.username(), id, me.username()));
  }

  @GetMapping("/{username}/tokens")
  @Operation(summary = "A user's API tokens (never their secrets)")
  List<TokenView> of(@PathVariable String username) {
    return tokens.of(username).stream().map(TokenView::of).toList();
  }

  @DeleteMapping("/{username}/tokens/{id}")
  @Operation(summary = "Revoke a user's API token: it stops at once")
  TokenView revoke(
      @PathVariable String username,
      @PathVariable long id,
      @AuthenticationPrincipal StaffPrincipal me) {
    return TokenView.of(tokens.revoke(username, id, me.username()));
  }
}
