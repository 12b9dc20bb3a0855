package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.rule.Action;

/** A compiled flow: its steps in order, and the outputs computed unless the request is rejected. */
final class Flow {

  /** Skips are a bit mask over step positions. */
  static final int MAX_STEPS = 64;

  final String name;
  final StepRun[] steps;
  final boolean stopOnReject;
  final Output[] outputs;

  Flow(String name, StepRun[] steps, boolean stopOnReject, Output[] outputs) {
    this.name = name;
    this.steps = steps;
    this.stopOnReject = stopOnReject;
    this.outputs = outputs;
  }

  void run(Evaluation ev) {
    ev.results = new Object[steps.length];
    for (int i = 0; i < steps.length; i++) {
      if ((ev.skipped & (1L << i)) != 0) {
        continue;
      }
      ev.results[i] = steps[i].run(ev);
      if (stopOnReject && ev.action == Action.REJECT) {
        break;
      }
    }
    if (ev.action != Action.REJECT && outputs.length > 0) {
      double[] values = new double[outputs.length];
      for (int o = 0; o < outputs.length; o++) {
        values[o] = outputs[o].value(ev);
      }
      ev.outputs = values;
    }
  }
}
