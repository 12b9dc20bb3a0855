package dev.creditloop.app.approval;

import dev.creditloop.app.approval.persistence.JdbcGrantedLimits;
import dev.creditloop.app.scope.DataScope;
import dev.creditloop.kernel.Money;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which submitted commands are held for a second person: the kinds named in {@code
 * creditloop.four-eyes.commands} (default: all of them; empty: none), a limit change only when it
 * raises the granted or temporary limit by more than {@code
 * creditloop.four-eyes.limit-increase-above} (default 5000.00) over the line's granted limit.
 */
@Component
class FourEyesPolicy {

  /** A request that four-eyes holds: its kind and operation. */
  record Held(SensitiveCommand kind, String operation) {}

  private final Set<SensitiveCommand> held;
  private final long increaseAboveMinor;
  private final JdbcGrantedLimits limits;
  private final JsonMapper json;
  private final DataScope scope;

  FourEyesPolicy(
      @Value(
              "${creditloop.four-eyes.commands:write-off,limit-increase,product-change,strategy-activation,user-change}")
          String commands,
      @Value("${creditloop.four-eyes.limit-increase-above:5000.00}") String increaseAbove,
      JdbcGrantedLimits limits,
      JsonMapper json,
      DataScope scope) {
    this.held = EnumSet.noneOf(SensitiveCommand.class);
    for (String key : commands.split(",")) {
      if (!key.isBlank()) {
        held.add(SensitiveCommand.byKey(key));
      }
    }
    this.increaseAboveMinor = Money.of(increaseAbove).minor();
    this.limits = limits;
    this.json = json;
    this.scope = scope;
  }

  boolean holds(SensitiveCommand kind) {
    return held.contains(kind);
  }

  Set<SensitiveCommand> heldKinds() {
    return Set.copyOf(held);
  }

  /**
   * Whether a request of this method and path may be held, judged without its body: when not, the
   * filter lets it through without buffering it (a pre-check, a drawdown, an event).
   */
  boolean mayHold(String method, String path) {
    for (SensitiveCommand kind : held) {
      if (kind.match(method, path) != null) {
        return true;
      }
    }
    return false;
  }

  /** The kind that holds this request, or null when it goes through at once. */
  Held holds(String method, String path, String body) {
    for (SensitiveCommand kind : held) {
      String operation = kind.match(method, path);
      if (operation != null
          && (kind != SensitiveCommand.LIMIT_INCREASE || raisesBeyondThreshold(path, body))) {
        return new Held(kind, operation);
      }
    }
    return null;
  }

  private boolean raisesBeyondThreshold(String path, String body) {
    long line;
    JsonNode node;
    try {
      line = Long.parseLong(path.split("/")[4]);
      node = body == null ? null : json.readTree(body);
    } catch (RuntimeException e) {
      return false; // malformed: the endpoint itself refuses it
    }
    if (!scope.sees(DataScope.Kind.CREDIT_LINE, line)) {
      return false; // another agency's line is judged as one that does not exist: the endpoint
      // answers 404
    }
    Long granted = limits.ofLine(line).orElse(null);
    if (granted == null || node == null || !node.isObject()) {
      return false;
    }
    for (String field : new String[] {"newLimit", "temporaryLimit"}) {
      JsonNode v = node.get(field);
      if (v != null && v.isString()) {
        try {
          if (Money.of(v.asString()).minor() - granted > increaseAboveMinor) {
            return true;
          }
        } catch (RuntimeException e) {
          return false;
        }
      }
    }
    return false;
  }
}
