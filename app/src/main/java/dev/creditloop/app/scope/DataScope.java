package dev.creditloop.app.scope;

import dev.creditloop.app.decisioning.persistence.DecisionLog;
import dev.creditloop.app.security.StaffPrincipal;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which customers the signed-in user sees. A user without an agency (in-house staff) sees every
 * customer; a user with one sees only the customers assigned to that agency (not the unassigned).
 * Anything outside the scope is answered as if it did not exist (404 not-found, never 403), so that
 * the answer does not tell another agency's customers from ids never given: the guard in {@code
 * scope.web} answers it.
 */
@Component
public class DataScope {

  /**
   * The SQL condition that keeps only the rows of one agency's customers, on a table with a {@code
   * customer_id} column; its one parameter is the agency.
   */
  public static final String CUSTOMER_OF_AGENCY =
      "customer_id in (select id from customer where agency = ?)";

  /** What an API path may name, and how to find the customer it belongs to. */
  public enum Kind {
    CUSTOMER("customer", "select agency from customer where id = ?"),
    CREDIT_LINE(
        "credit line",
        "select c.agency from credit_line x join customer c on c.id = x.customer_id where x.id = ?"),
    LOAN(
        "loan",
        "select c.agency from loan x join customer c on c.id = x.customer_id where x.id = ?"),
    REVIEW(
        "review",
        "select c.agency from drawdown_review x join customer c on c.id = x.customer_id where x.id = ?"),
    DECISION("decision", null),
    APPROVAL("approval", null);

    private final String noun;
    private final String agencyOf;

    Kind(String noun, String agencyOf) {
      this.noun = noun;
      this.agencyOf = agencyOf;
    }

    /** What a refusal calls it: "credit line 7 does not exist". */
    public String noun() {
      return noun;
    }
  }

  private final JdbcClient jdbc;
  private final DecisionLog decisions;
  private final CasePaths paths;

  DataScope(JdbcClient jdbc, DecisionLog decisions, CasePaths paths) {
    this.jdbc = jdbc;
    this.decisions = decisions;
    this.paths = paths;
  }

  /**
   * The signed-in user's agency; null for in-house staff (and outside a request), who see
   * everything.
   */
  public String agency() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof StaffPrincipal user
        ? user.agency()
        : null;
  }

  /**
   * Whether the signed-in user may see this entity. One that does not exist counts as seen: the
   * endpoint answers its own 404, the same as for one outside the scope.
   */
  public boolean sees(Kind kind, long id) {
    String agency = agency();
    if (agency == null) {
      return true;
    }
    if (kind == Kind.APPROVAL) {
      // a held command is seen when what its path names is
      return jdbc.sql("select path from approval_request where id = ?")
          .param(id)
          .query(String.class)
          .optional()
          .map(this::seesPath)
          .orElse(true);
    }
    return agencyOf(kind, id).map(owner -> owner.filter(agency::equals).isPresent()).orElse(true);
  }

  /**
   * Whether the signed-in user may see what an API path names (a path naming no customer's case:
   * yes).
   */
  public boolean seesPath(String path) {
    return agency() == null
        || paths.named(path).map(n -> sees(n.getKey(), n.getValue())).orElse(true);
  }

  /**
   * The agency of the entity's customer: empty when the entity does not exist, an empty agency when
   * unassigned.
   */
  private Optional<Optional<String>> agencyOf(Kind kind, long id) {
    if (kind == Kind.DECISION) {
      // through the log itself: a pre-check decision may still wait in its writer's queue
      return decisions
          .find(id)
          .map(d -> agencyOf(Kind.CUSTOMER, d.customerId()).orElse(Optional.empty()));
    }
    return jdbc.sql(kind.agencyOf)
        .param(id)
        .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
        .optional();
  }
}
