package dev.creditloop.scorecard.card;

import dev.creditloop.scorecard.data.ColumnType;
import dev.creditloop.scorecard.data.Dataset;
import dev.creditloop.scorecard.data.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An immutable scorecard: score = initial score + the points of the matching attribute of every
 * characteristic. Scoring reads the row and nothing else.
 *
 * @param fields the input fields with their types, for PMML's data dictionary
 * @param scaling how the points were scaled; null for a card imported without that knowledge
 */
public record Scorecard(
    String name,
    double initialScore,
    List<Field> fields,
    List<Characteristic> characteristics,
    ScoreScaling scaling) {

  /** Reason codes reported per scored row unless asked otherwise. */
  public static final int DEFAULT_REASONS = 4;

  public Scorecard {
    fields = List.copyOf(fields);
    characteristics = List.copyOf(characteristics);
  }

  public ScoredRow score(Row row) {
    return score(row, DEFAULT_REASONS);
  }

  /** Scores the row and keeps up to {@code maxReasons} reason codes with a positive loss. */
  public ScoredRow score(Row row, int maxReasons) {
    double total = initialScore;
    List<ScoredRow.Part> parts = new ArrayList<>();
    List<ReasonCode> losses = new ArrayList<>();
    for (Characteristic c : characteristics) {
      Attribute a = c.match(row);
      total += a.points();
      parts.add(new ScoredRow.Part(c.name(), a.label(), a.points()));
      double loss = c.baselineScore() - a.points();
      if (loss > 1e-9) {
        losses.add(new ReasonCode(c.reasonCode(), c.name(), a.label(), a.points(), loss));
      }
    }
    // stable sort: equal losses keep the card's characteristic order
    losses.sort(Comparator.comparingDouble(ReasonCode::loss).reversed());
    return new ScoredRow(total, parts, losses.subList(0, Math.min(maxReasons, losses.size())));
  }

  /** The score of every row; faster than {@link #score(Row)} as no reasons are ranked. */
  public double[] scores(Dataset data) {
    double[] out = new double[data.rowCount()];
    for (int i = 0; i < out.length; i++) {
      Row row = data.row(i);
      double total = initialScore;
      for (Characteristic c : characteristics) {
        total += c.match(row).points();
      }
      out[i] = total;
    }
    return out;
  }

  /** An input field of the card. */
  public record Field(String name, ColumnType type) {}
}
