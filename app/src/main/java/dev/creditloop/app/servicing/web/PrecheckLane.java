package dev.creditloop.app.servicing.web;

import dev.creditloop.app.security.KnownCallers;
import dev.creditloop.app.web.BufferedBodyRequest;
import dev.creditloop.lending.drawdown.DrawdownCommand;
import dev.creditloop.lending.drawdown.DrawdownGate;
import dev.creditloop.lending.drawdown.PrecheckDrawdown;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.availability.ApplicationAvailability;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hot lane of the pre-check ({@code POST /api/v1/credit-lines/{id}/drawdown-decisions}), the
 * API's highest-volume call: it answers a plain, well-formed pre-check of a known caller ahead of
 * the security filter chain and the MVC dispatcher, which together cost about two thirds of a
 * pre-check's server CPU, and hands everything else to them untouched.
 *
 * <p>It serves a request only when all of this holds, and otherwise passes it on (with its body,
 * when it has read it) to the full chain, which answers exactly as it always does:
 *
 * <ul>
 *   <li>the server is ready (else the starting gate answers 503);
 *   <li>the path is exactly the endpoint's, with no query, over plain HTTP or HTTPS handled by the
 *       chain (a secure request takes the chain, which adds HSTS);
 *   <li>the call brings its own credentials that {@link KnownCallers} recognises without side
 *       effects: HTTP Basic verified within the remembered while, or a live API token; with a role
 *       the access matrix allows for this endpoint; and no agency scope (the chain narrows scoped
 *       callers' data);
 *   <li>a JSON body of a stated length up to 8 KiB, without a byte-order mark, that reads under the
 *       API's JSON rules (the same mapper as the dispatcher's), fits its field lengths and passes
 *       the controller's own validation;
 *   <li>the use case answers without throwing: a refusal (unknown line, term not offered, frozen
 *       line...) is answered by the chain, whose problem details stay the single source of truth. A
 *       refusal happens before the decision is logged, so nothing is logged twice.
 * </ul>
 *
 * Its answer is the dispatcher's, byte for byte: the same JSON from the same mapper, the same
 * security headers ({@code PrecheckLaneIT} compares both). Pre-checks are not audited (they move
 * nothing), so no audit record is skipped.
 */
public final class PrecheckLane implements Filter {

  private final PrecheckDrawdown precheck;
  private final Lane lane;
  private final ObjectWriter writer;

  PrecheckLane(
      PrecheckDrawdown precheck,
      KnownCallers callers,
      ApplicationAvailability availability,
      JsonMapper json) {
    this.precheck = precheck;
    this.lane = new Lane("/drawdown-decisions", callers, availability, json);
    this.writer = json.writerFor(CreditLineController.Precheck.class);
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    Optional<Lane.Taken> taken = lane.take(request);
    if (taken.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = lane.body(request);
    byte[] answer =
        lane.command(taken.get().lineId(), body)
            .map(command -> lane.as(taken.get(), () -> answer(command)))
            .orElse(null);
    if (answer == null) {
      chain.doFilter(BufferedBodyRequest.of(request, body), response);
      return;
    }
    lane.answer(response, 200, "application/json", List.of(), answer);
  }

  /** The answer's bytes, or null when the ledger refuses: the chain answers that. */
  private byte[] answer(DrawdownCommand command) {
    try {
      PrecheckDrawdown.Precheck p = precheck.precheck(command);
      DrawdownGate.Verdict v = p.verdict();
      return writer.writeValueAsBytes(
          new CreditLineController.Precheck(
              v.outcome().name(), v.decisionId(), v.reasons(), p.available().toPlainString()));
    } catch (RuntimeException refused) {
      return null;
    }
  }

  /** How many pre-checks this lane has answered itself. */
  public long served() {
    return lane.served();
  }
}
