package dev.creditloop.decisioning.list;

import dev.creditloop.decisioning.rule.Action;
import java.util.List;

/**
 * One check of a list-screening step: a hit on {@code list} by any of {@code keys} (all three when
 * left out) gives {@code action} with {@code reason}, and skips the flow's steps named in {@code
 * skip} (a white list letting trusted customers past the anomaly rules, say).
 */
public record ListCheckDefinition(
    ListType list,
    List<KeyType> keys,
    Action action,
    String reason,
    String message,
    List<String> skip) {}
