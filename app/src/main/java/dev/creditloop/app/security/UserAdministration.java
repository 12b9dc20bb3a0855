package dev.creditloop.app.security;

import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Fields;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creating users, changing their roles, disabling them and changing passwords; every change forgets
 * verified credentials.
 */
@Service
public class UserAdministration {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  static final int MIN_PASSWORD = 10;

  private final StaffUsers users;
  private final PasswordEncoder passwords;
  private final StaffAuthentication authentication;

  UserAdministration(
      StaffUsers users, PasswordEncoder passwords, StaffAuthentication authentication) {
    this.users = users;
    this.passwords = passwords;
    this.authentication = authentication;
  }

  public StaffUser create(
      String username,
      String password,
      Collection<Role> roles,
      String agency,
      String displayName,
      String by) {
    return create(username, password, roles, agency, displayName, by, true);
  }

  /** As above; a user created disabled signs in only once enabled. */
  public StaffUser create(
      String username,
      String password,
      Collection<Role> roles,
      String agency,
      String displayName,
      String by,
      boolean enabled) {
    Fields f = Fields.check();
    f.required("username", username);
    f.required("password", password);
    f.required("roles", roles);
    f.that(
        username == null || USERNAME.matcher(username).matches(),
        "username",
        "3 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit");
    f.that(password == null || validPassword(password), "password", PASSWORD_RULE);
    f.that(roles == null || !roles.isEmpty(), "roles", "at least one of " + Set.of(Role.values()));
    f.that(
        agency == null || (!agency.isBlank() && agency.length() <= 64),
        "agency",
        "1 to 64 characters when given");
    f.that(
        displayName == null || displayName.length() <= 128,
        "displayName",
        "at most 128 characters");
    f.orThrow();
    if (users.exists(username)) {
      throw new ApiProblem(
          HttpStatus.CONFLICT,
          "user-exists",
          "user " + username + " already exists",
          List.of(new ApiProblem.FieldIssue("username", "taken")));
    }
    users.add(username, passwords.encode(password), displayName, agency, roles, by);
    if (!enabled) {
      users.setEnabled(username, false);
    }
    return get(username);
  }

  public StaffUser get(String username) {
    return users.find(username).orElseThrow(() -> ApiProblem.notFound("user", username));
  }

  public List<StaffUser> all() {
    return users.all();
  }

  public StaffUser setEnabled(String username, boolean enabled, String by) {
    get(username);
    if (!enabled && username.equals(by)) {
      throw ApiProblem.unprocessable(
          "cannot-disable-self", "username", "a user cannot disable themself");
    }
    users.setEnabled(username, enabled);
    authentication.forget(username);
    return get(username);
  }

  public StaffUser replaceRoles(String username, Collection<Role> roles) {
    checkRoles(roles);
    get(username);
    users.replaceRoles(username, roles);
    authentication.forget(username);
    return get(username);
  }

  public void changeOwnPassword(String username, String current, String next) {
    StaffUser user = get(username);
    Fields f = Fields.check();
    f.required("currentPassword", current);
    f.required("newPassword", next);
    f.that(next == null || validPassword(next), "newPassword", PASSWORD_RULE);
    f.orThrow();
    if (!passwords.matches(current, user.passwordHash())) {
      throw ApiProblem.badField("wrong-password", "currentPassword", "does not match");
    }
    users.setPassword(username, passwords.encode(next));
    authentication.forget(username);
  }

  private static final String PASSWORD_RULE = MIN_PASSWORD + " to 72 characters";

  private static boolean validPassword(String password) {
    return password != null && password.length() >= MIN_PASSWORD && password.length() <= 72;
  }

  private static void checkRoles(Collection<Role> roles) {
    if (roles == null) {
      throw ApiProblem.badField("invalid-field", "roles", "is required");
    }
    if (roles.isEmpty()) {
      throw ApiProblem.badField(
          "invalid-field", "roles", "at least one of " + Set.of(Role.values()));
    }
  }
}
