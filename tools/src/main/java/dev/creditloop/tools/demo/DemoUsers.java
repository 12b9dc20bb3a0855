package dev.creditloop.tools.demo;

import dev.creditloop.app.SignInNote;
import dev.creditloop.app.security.Role;
import dev.creditloop.app.security.StaffUsers;
import dev.creditloop.app.security.UserAdministration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo user per role, so that whoever runs the demo can sign in as each kind of staff. All
 * share {@link #PASSWORD}; the server's start-up banner prints them ({@link SignInNote}). Created
 * once, when the demo book is on and they are absent.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "creditloop.demo.enabled", havingValue = "true")
public class DemoUsers implements ApplicationRunner, SignInNote {

  public static final String PASSWORD = "creditloop-demo";

  /** The agency the demo agent and the outsourced collector work for. */
  public static final String AGENCY = "east-agency";

  /** A demo user: name, roles, agency (null: none). */
  public record DemoUser(String username, Role role, String agency) {}

  private final StaffUsers users;
  private final UserAdministration administration;
  private final List<DemoUser> created = new ArrayList<>();

  DemoUsers(StaffUsers users, UserAdministration administration) {
    this.users = users;
    this.administration = administration;
  }

  static List<DemoUser> all() {
    List<DemoUser> all = new ArrayList<>();
    for (Role role : Role.values()) {
      String name = role.name().toLowerCase().replace('_', '-');
      all.add(
          new DemoUser(
              name.equals("admin") ? "demo-admin" : name,
              role,
              role == Role.AGENT ? AGENCY : null));
    }
    all.add(new DemoUser("collector-east", Role.COLLECTOR, AGENCY));
    return all;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (DemoUser user : all()) {
      if (!users.exists(user.username())) {
        administration.create(
            user.username(),
            PASSWORD,
            List.of(user.role()),
            user.agency(),
            "Demo " + user.role().name().toLowerCase().replace('_', ' '),
            "demo");
      }
      created.add(user);
    }
  }

  /** The demo users, for the banner (empty until created). */
  public List<DemoUser> users() {
    return List.copyOf(created);
  }

  @Override
  public String lines() {
    if (created.isEmpty()) {
      return "";
    }
    StringBuilder b =
        new StringBuilder(
                "  Sign in        at the console (HTTP Basic for the API) as a demo user, password '")
            .append(PASSWORD)
            .append("':\n");
    for (DemoUser user : created) {
      b.append(
          String.format(
              "                   %-17s %s%s%n",
              user.username(),
              user.role(),
              user.agency() == null ? "" : " (agency " + user.agency() + ")"));
    }
    b.append("                 and admin (the password printed at first start)\n");
    return b.toString();
  }
}
