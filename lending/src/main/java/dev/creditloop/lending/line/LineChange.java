package dev.creditloop.lending.line;

import dev.creditloop.kernel.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A change to a granted line, validated at the edge, with why and by whom (kept in the line's
 * history). Whether the line allows it (a limit above zero, a temporary limit above the permanent
 * one, a status it may move from) the ledger decides.
 */
public sealed interface LineChange
    permits LineChange.NewLimit, LineChange.TemporaryLimit, LineChange.Freeze, LineChange.Unfreeze {

  long lineId();

  String reason();

  String actor();

  /** A new permanent limit. */
  record NewLimit(long lineId, Money limit, String reason, String actor) implements LineChange {
    public NewLimit {
      Objects.requireNonNull(limit, "limit");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(actor, "actor");
    }
  }

  /** A temporary limit above the permanent one, through {@code until}. */
  record TemporaryLimit(long lineId, Money amount, LocalDate until, String reason, String actor)
      implements LineChange {
    public TemporaryLimit {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(until, "until");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(actor, "actor");
    }
  }

  /** No drawdowns until unfrozen. */
  record Freeze(long lineId, String reason, String actor) implements LineChange {
    public Freeze {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(actor, "actor");
    }
  }

  /** Open to drawdowns again, unless the customer has a written-off loan. */
  record Unfreeze(long lineId, String reason, String actor) implements LineChange {
    public Unfreeze {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(actor, "actor");
    }
  }
}
