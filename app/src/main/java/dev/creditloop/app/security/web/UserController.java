package dev.creditloop.app.security.web;

import dev.creditloop.app.approval.Approval;
import dev.creditloop.app.approval.Approvals;
import dev.creditloop.app.approval.SensitiveCommand;
import dev.creditloop.app.security.Role;
import dev.creditloop.app.security.StaffPrincipal;
import dev.creditloop.app.security.StaffUser;
import dev.creditloop.app.security.UserAdministration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Staff and machine users, their roles and agency (ADMIN)")
class UserController {

  private final UserAdministration users;
  private final Approvals approvals;

  UserController(UserAdministration users, Approvals approvals) {
    this.users = users;
    this.approvals = approvals;
  }

  record NewUser(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "li.na",
              maxLength = 64,
              description = "3 to 64 of a-z, 0-9, '.', '_', '-'")
          String username,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "correct-horse-42",
              description = "10 to 72 characters")
          String password,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "[\"RISK\"]",
              description = "one or more roles")
          List<Role> roles,
      @Schema(
              example = "east-agency",
              maxLength = 64,
              description = "the agency whose customers and cases alone this user sees")
          String agency,
      @Schema(example = "Li Na", maxLength = 128, description = "the name shown in the console")
          String displayName) {}

  record Roles(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "[\"RISK\", \"OPERATIONS\"]",
              description = "the user's roles from now on (replacing the old ones)")
          List<Role> roles) {}

  record PasswordChange(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "old-password-1",
              description = "the password in use")
          String currentPassword,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "new-password-2",
              description = "10 to 72 characters")
          String newPassword) {}

  record UserView(
      String username,
      String displayName,
      Set<Role> roles,
      String agency,
      boolean enabled,
      boolean locked,
      Instant createdAt,
      String createdBy) {
    static UserView of(StaffUser u) {
      return new UserView(
          u.username(),
          u.displayName(),
          new TreeSet<>(u.roles()),
          u.agency(),
          u.enabled(),
          u.lockedAt(Instant.now()),
          u.createdAt(),
          u.createdBy());
    }
  }

  record Me(String username, Set<Role> roles, String agency) {}

  @GetMapping
  @Operation(summary = "All users with their roles")
  List<UserView> list() {
    return users.all().stream().map(UserView::of).toList();
  }

  @GetMapping("/me")
  @Operation(summary = "The signed-in user")
  Me me(@AuthenticationPrincipal StaffPrincipal me) {
    return new Me(me.username(), new TreeSet<>(me.roles()), me.agency());
  }

  record HeldUser(UserView user, long approvalId, String status, String detail) {}

  @PostMapping
  @Operation(
      summary =
          "Create a user. Under four-eyes (user-change) the user is created disabled and answered 202: "
              + "a second administrator's approval of the held enabling activates it")
  ResponseEntity<?> create(@RequestBody NewUser body, @AuthenticationPrincipal StaffPrincipal me) {
    boolean held = approvals.holds(SensitiveCommand.USER_CHANGE);
    StaffUser created =
        users.create(
            body.username(),
            body.password(),
            body.roles(),
            body.agency(),
            body.displayName(),
            me.username(),
            !held);
    if (!held) {
      return ResponseEntity.status(HttpStatus.CREATED).body(UserView.of(created));
    }
    Approval approval =
        approvals.hold(
            SensitiveCommand.USER_CHANGE,
            "POST",
            "/api/v1/users/" + created.username() + "/enable",
            me.username());
    return ResponseEntity.accepted()
        .header("Location", "/api/v1/approvals/" + approval.id())
        .body(
            new HeldUser(
                UserView.of(created),
                approval.id(),
                approval.status(),
                "created disabled; a second administrator's approval enables it"));
  }

  @PostMapping("/{username}/disable")
  @Operation(summary = "Disable a user: they can no longer sign in")
  UserView disable(@PathVariable String username, @AuthenticationPrincipal StaffPrincipal me) {
    return UserView.of(users.setEnabled(username, false, me.username()));
  }

  @PostMapping("/{username}/enable")
  @Operation(summary = "Enable a user again (also clears a lock-out)")
  UserView enable(@PathVariable String username, @AuthenticationPrincipal StaffPrincipal me) {
    return UserView.of(users.setEnabled(username, true, me.username()));
  }

  @PostMapping("/{username}/roles")
  @Operation(summary = "Replace a user's roles")
  UserView roles(@PathVariable String username, @RequestBody Roles body) {
    return UserView.of(users.replaceRoles(username, body.roles()));
  }

  @PostMapping("/me/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Change one's own password")
  void password(@RequestBody PasswordChange body, @AuthenticationPrincipal StaffPrincipal me) {
    users.changeOwnPassword(me.username(), body.currentPassword(), body.newPassword());
  }
}
