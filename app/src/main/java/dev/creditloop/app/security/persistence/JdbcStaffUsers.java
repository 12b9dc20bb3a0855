package dev.creditloop.app.security.persistence;

import dev.creditloop.app.security.Role;
import dev.creditloop.app.security.StaffUser;
import dev.creditloop.app.security.StaffUsers;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Staff users and their roles in {@code staff_user} and {@code staff_user_role}. */
@Repository
public class JdbcStaffUsers implements StaffUsers {

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcStaffUsers(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public long count() {
    return jdbc.sql("select count(*) from staff_user").query(Long.class).single();
  }

  @Override
  @Transactional
  public void add(
      String username,
      String passwordHash,
      String displayName,
      String agency,
      Collection<Role> roles,
      String createdBy) {
    jdbc.sql(
            """
        insert into staff_user (username, password_hash, display_name, agency, enabled, failed_attempts, created_at, created_by)
        values (?, ?, ?, ?, true, 0, ?, ?)""")
        .params(
            username, passwordHash, displayName, agency, Timestamp.from(clock.instant()), createdBy)
        .update();
    insertRoles(username, roles);
  }

  @Override
  public boolean exists(String username) {
    return jdbc.sql("select count(*) from staff_user where username = ?")
            .param(username)
            .query(Long.class)
            .single()
        > 0;
  }

  @Override
  public Optional<StaffUser> find(String username) {
    List<StaffUser> users = load("where u.username = ?", username);
    return users.isEmpty() ? Optional.empty() : Optional.of(users.get(0));
  }

  @Override
  public List<StaffUser> all() {
    return load("", null);
  }

  @Override
  @Transactional
  public void replaceRoles(String username, Collection<Role> roles) {
    jdbc.sql("delete from staff_user_role where username = ?").param(username).update();
    insertRoles(username, roles);
    bump(username);
  }

  @Override
  public void setEnabled(String username, boolean enabled) {
    jdbc.sql(
            "update staff_user set enabled = ?, failed_attempts = 0, locked_until = null, version = version + 1 where username = ?")
        .params(enabled, username)
        .update();
  }

  @Override
  public void setPassword(String username, String passwordHash) {
    jdbc.sql("update staff_user set password_hash = ?, version = version + 1 where username = ?")
        .params(passwordHash, username)
        .update();
  }

  @Override
  public void setLocale(String username, String locale) {
    jdbc.sql("update staff_user set locale = ? where username = ?")
        .params(locale, username)
        .update();
  }

  /**
   * Counts a failed sign-in; locks the user until {@code lockUntil} when the count reaches {@code
   * maxAttempts}.
   */
  @Override
  public void recordFailure(String username, int maxAttempts, Instant lockUntil) {
    jdbc.sql(
            """
        update staff_user set failed_attempts = failed_attempts + 1,
          locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
        where username = ?""")
        .params(maxAttempts, Timestamp.from(lockUntil), username)
        .update();
  }

  @Override
  public void recordSuccess(String username) {
    jdbc.sql(
            "update staff_user set failed_attempts = 0, locked_until = null where username = ? and (failed_attempts > 0 or locked_until is not null)")
        .param(username)
        .update();
  }

  private void bump(String username) {
    jdbc.sql("update staff_user set version = version + 1 where username = ?")
        .param(username)
        .update();
  }

  private void insertRoles(String username, Collection<Role> roles) {
    for (Role role : roles) {
      jdbc.sql("insert into staff_user_role (username, role) values (?, ?)")
          .params(username, role.name())
          .update();
    }
  }

  private List<StaffUser> load(String where, String param) {
    Map<String, Set<Role>> roles = new TreeMap<>();
    var rolesQuery =
        jdbc.sql(
            "select r.username, r.role from staff_user_role r join staff_user u on u.username = r.username "
                + where);
    if (param != null) {
      rolesQuery = rolesQuery.param(param);
    }
    rolesQuery
        .query(
            (rs, n) ->
                roles
                    .computeIfAbsent(rs.getString(1), k -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(rs.getString(2))))
        .list();
    var usersQuery = jdbc.sql("select * from staff_user u " + where + " order by u.username");
    if (param != null) {
      usersQuery = usersQuery.param(param);
    }
    List<StaffUser> users = new ArrayList<>();
    usersQuery
        .query(
            (rs, n) -> {
              Timestamp locked = rs.getTimestamp("locked_until");
              String username = rs.getString("username");
              return users.add(
                  new StaffUser(
                      username,
                      rs.getString("password_hash"),
                      rs.getString("display_name"),
                      rs.getString("agency"),
                      rs.getString("locale"),
                      rs.getBoolean("enabled"),
                      rs.getInt("failed_attempts"),
                      locked == null ? null : locked.toInstant(),
                      Set.copyOf(roles.getOrDefault(username, EnumSet.noneOf(Role.class))),
                      rs.getTimestamp("created_at").toInstant(),
                      rs.getString("created_by")));
            })
        .list();
    return users;
  }
}
