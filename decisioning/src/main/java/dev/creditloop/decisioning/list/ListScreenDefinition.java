package dev.creditloop.decisioning.list;

import java.util.List;

/** A list-screening step as written. */
public record ListScreenDefinition(String id, List<ListCheckDefinition> checks) {}
