package dev.creditloop.decisioning.strategy;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A flow: steps run in order (inline, or the id of a shared step), the outputs computed when the
 * decision is not a rejection (e.g. {@code limit}, {@code price}), and whether a REJECT stops the
 * remaining steps (default true).
 */
public record FlowDocument(
    @JsonDeserialize(contentUsing = FlowStepDeserializer.class) List<StepDocument> steps,
    Map<String, OutputDocument> outputs,
    Boolean stopOnReject) {}
