package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.rule.Action;
import dev.creditloop.decisioning.scorecard.CompiledScorecard;
import dev.creditloop.decisioning.scorecard.Cutoff;
import dev.creditloop.decisioning.scorecard.ScoreResult;
import java.util.List;

final class ScorecardRun extends StepRun {

  final CompiledScorecard card;
  private final int scoreSlot;

  ScorecardRun(CompiledScorecard card, int scoreSlot) {
    super(card.id());
    this.card = card;
    this.scoreSlot = scoreSlot;
  }

  @Override
  Object run(Evaluation ev) {
    ScoreResult result = card.evaluate(ev.w);
    ev.score = result.score();
    // Later steps and outputs read the score as the variable `score`.
    ev.w[scoreSlot] = result.score();
    if (result.action() != Action.PASS) {
      Cutoff cutoff = card.cutoff(result.cutoff());
      ev.reason(cutoff.reason(), cutoff.message() == null ? cutoff.reason() : cutoff.message(), id);
      for (int c : card.reasons(result)) {
        ev.reason(card.reasonCode(c), card.reasonMessage(c), id);
      }
      ev.act(result.action());
    }
    return result;
  }

  @Override
  int[] reads() {
    return card.reads();
  }

  @Override
  void binHits(Object result, double[] w, List<DecisionTrace.BinHit> into) {
    ScoreResult r = (ScoreResult) result;
    for (int c = 0; c < card.characteristics(); c++) {
      into.add(
          new DecisionTrace.BinHit(
              id,
              card.name(c),
              card.feature(c),
              w[card.slot(c)],
              card.binLabel(c, r.bins()[c]),
              card.points(r, c),
              card.maxPoints(c)));
    }
  }
}
