package dev.creditloop.app.scope;

import dev.creditloop.app.scope.persistence.JdbcCaseAgencies;
import dev.creditloop.app.security.StaffPrincipal;
import java.util.Optional;
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

  /** What an API path may name: a customer, or one of its cases. */
  public enum Kind {
    CUSTOMER("customer"),
    CREDIT_LINE("credit line"),
    LOAN("loan"),
    REVIEW("review"),
    DECISION("decision"),
    APPROVAL("approval");

    private final String noun;

    Kind(String noun) {
      this.noun = noun;
    }

    /** What a refusal calls it: "credit line 7 does not exist". */
    public String noun() {
      return noun;
    }
  }

  private final JdbcCaseAgencies rows;
  private final DecisionCustomers decisions;
  private final CasePaths paths;

  DataScope(JdbcCaseAgencies rows, DecisionCustomers decisions, CasePaths paths) {
    this.rows = rows;
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
      return rows.heldPath(id).map(this::seesPath).orElse(true);
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
          .customerOf(id)
          .map(customer -> agencyOf(Kind.CUSTOMER, customer).orElse(Optional.empty()));
    }
    return rows.agencyOf(kind, id);
  }
}
