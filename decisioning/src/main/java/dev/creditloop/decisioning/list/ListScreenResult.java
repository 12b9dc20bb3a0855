package dev.creditloop.decisioning.list;

import dev.creditloop.decisioning.rule.Action;
import java.util.List;

/** What a list-screening step found. */
public record ListScreenResult(Action action, List<ListHit> hits) {

  static final ListScreenResult CLEAR = new ListScreenResult(Action.PASS, List.of());
}
