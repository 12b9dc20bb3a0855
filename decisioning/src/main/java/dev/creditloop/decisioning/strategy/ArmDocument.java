package dev.creditloop.decisioning.strategy;

/** An arm: its name, the strategy version it runs, and its share of customers in percent. */
public record ArmDocument(String name, Integer version, Double share) {}
