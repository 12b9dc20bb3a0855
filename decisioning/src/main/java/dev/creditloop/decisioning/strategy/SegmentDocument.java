package dev.creditloop.decisioning.strategy;

/** A segment: requests for which {@code when} holds run {@code flow}; the first match wins. */
public record SegmentDocument(String name, String when, String flow) {}
