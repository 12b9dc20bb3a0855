package dev.creditloop.app.security;

import java.security.SecureRandom;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first user: in a database without users, creates {@code admin} (ADMIN) with the password of
 * {@code creditloop.security.bootstrap-admin-password}, or a random one printed once.
 */
@Component
@Order(0)
class SecurityBootstrap implements ApplicationRunner {

  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final StaffUsers users;
  private final UserAdministration administration;
  private final ApplicationContext context;
  private final String configured;

  SecurityBootstrap(
      StaffUsers users,
      UserAdministration administration,
      ApplicationContext context,
      @Value("${creditloop.security.bootstrap-admin-password:}") String configured) {
    this.users = users;
    this.administration = administration;
    this.context = context;
    this.configured = configured;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!(context instanceof WebServerApplicationContext) || users.count() > 0) {
      return; // commands without the server create no users; an existing user base is left alone
    }
    boolean generated = configured.isBlank();
    String password = generated ? randomPassword(20) : configured;
    administration.create(
        "admin", password, List.of(Role.ADMIN), null, "Administrator", "bootstrap");
    if (generated) {
      System.out.println(
          """

          ============================================================
           creditloop created the first user. It is shown only once:
             user      admin
             password  %s
           Sign in, then create your staff users (ADMIN: Users).
          ============================================================
          """
              .formatted(password));
    }
  }

  static String randomPassword(int length) {
    SecureRandom random = new SecureRandom();
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}
