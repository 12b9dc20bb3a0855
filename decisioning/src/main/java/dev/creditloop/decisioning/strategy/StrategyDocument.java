package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.rule.Action;
import java.util.List;
import java.util.Map;

/**
 * A strategy version as written, in YAML or JSON (both read into this same model). Read with {@link
 * #fromYaml}, {@link #fromJson} or {@link #parse}; compile with {@link StrategyCompiler}.
 *
 * <pre>
 * id: drawdown
 * version: 3
 * status: ACTIVE          # DRAFT | ACTIVE | RETIRED
 * mode: LIVE              # LIVE | SHADOW
 * onRuleError: REVIEW     # REVIEW (default) | REJECT: what a condition that fails at run time means
 * segments:               # ordered; the first whose condition holds picks the flow
 *   - {name: repeat, when: "!is_first_drawdown", flow: repeat}
 * steps:                  # optional: steps shared by several flows, by id
 *   lists: {type: lists, checks: [{list: BLACK, action: REJECT, reason: BLACKLIST}]}
 * flows:
 *   repeat:
 *     steps:
 *       - lists
 *       - {type: rules, id: anomalies, mode: ALL_MATCH, rules: [...]}
 *     outputs: {limit: {table: limit_table, column: limit}}
 * experiment:             # optional champion/challenger
 *   salt: drawdown-2025-06
 *   arms: [{name: champion, version: 3, share: 90}, {name: challenger, version: 4, share: 10}]
 * </pre>
 */
public record StrategyDocument(
    String id,
    String name,
    Integer version,
    Status status,
    Mode mode,
    Action onRuleError,
    String description,
    List<SegmentDocument> segments,
    Map<String, StepDocument> steps,
    Map<String, FlowDocument> flows,
    ExperimentDocument experiment) {

  public static StrategyDocument fromYaml(String yaml) throws StrategyDocumentException {
    return DocumentFormat.read(yaml, true);
  }

  public static StrategyDocument fromJson(String json) throws StrategyDocumentException {
    return DocumentFormat.read(json, false);
  }

  /** JSON when the text starts with '{', YAML otherwise. */
  public static StrategyDocument parse(String text) throws StrategyDocumentException {
    return DocumentFormat.read(text, !text.stripLeading().startsWith("{"));
  }

  /** This document as JSON, which {@link #parse} reads back to an equal document. */
  public String toJson() {
    return DocumentFormat.writeJson(this);
  }

  /** The same strategy as another version (with no experiment): what an arm runs. */
  StrategyDocument withoutExperiment() {
    return new StrategyDocument(
        id, name, version, status, mode, onRuleError, description, segments, steps, flows, null);
  }
}
