package dev.creditloop.decisioning.list;

import dev.creditloop.decisioning.rule.Action;

/**
 * A check that fired: which check (index in the step), the list and key type, the key masked, why
 * the key is on the list, and what the check does about it.
 */
public record ListHit(
    int check,
    ListType list,
    KeyType keyType,
    String maskedKey,
    String entryReason,
    Action action,
    String reason,
    String message) {}
