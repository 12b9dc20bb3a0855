package dev.creditloop.servicing.creditline;

import dev.creditloop.kernel.Money;
import java.time.LocalDate;

/**
 * The audit record of one limit change (调额): old and new permanent limit, old and new temporary
 * limit (null when none), why, who, and on which business date.
 */
public record LimitChange(
    Money oldLimit,
    Money newLimit,
    TemporaryLimit oldTemporary,
    TemporaryLimit newTemporary,
    String reason,
    String actor,
    LocalDate on) {}
