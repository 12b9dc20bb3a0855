package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.expr.BoolExpression;

/** A compiled segment: its condition and the flow it sends requests to. */
record Segment(String name, BoolExpression when, Flow flow) {}
