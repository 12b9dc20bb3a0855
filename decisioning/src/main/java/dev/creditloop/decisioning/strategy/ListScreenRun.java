package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.list.CompiledListScreen;
import dev.creditloop.decisioning.list.ListEntries;
import dev.creditloop.decisioning.list.ListHit;
import dev.creditloop.decisioning.list.ListScreenResult;
import dev.creditloop.decisioning.rule.Action;
import java.util.List;

final class ListScreenRun extends StepRun {

  private static final int[] NO_READS = new int[0];

  final CompiledListScreen screen;
  private final ListEntries entries;

  /** Per check: the positions in this flow that a hit skips. */
  private final long[] skipMasks;

  ListScreenRun(CompiledListScreen screen, ListEntries entries, long[] skipMasks) {
    super(screen.id());
    this.screen = screen;
    this.entries = entries;
    this.skipMasks = skipMasks;
  }

  @Override
  Object run(Evaluation ev) {
    DecisionRequest r = ev.request;
    ListScreenResult result = screen.screen(r.idNumber(), r.phone(), r.deviceId(), r.at(), entries);
    for (ListHit hit : result.hits()) {
      if (hit.action() != Action.PASS) {
        ev.reason(hit.reason(), hit.message(), id);
      }
      ev.skipped |= skipMasks[hit.check()];
    }
    ev.act(result.action());
    return result;
  }

  @Override
  int[] reads() {
    return NO_READS;
  }

  @Override
  void listHits(Object result, List<ListHit> into) {
    into.addAll(((ListScreenResult) result).hits());
  }
}
