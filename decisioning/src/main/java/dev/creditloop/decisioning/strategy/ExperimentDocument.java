package dev.creditloop.decisioning.strategy;

import java.util.List;

/** Champion/challenger: customers split by a salted hash into arms running given versions. */
public record ExperimentDocument(String salt, List<ArmDocument> arms) {}
