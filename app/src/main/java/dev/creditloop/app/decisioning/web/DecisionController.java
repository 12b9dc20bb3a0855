package dev.creditloop.app.decisioning.web;

import dev.creditloop.app.decisioning.persistence.DecisionLog;
import dev.creditloop.app.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Decision log", description = "Every decision with the strategy version, inputs, rules and bins behind it")
class DecisionController {

  private final DecisionLog log;

  DecisionController(DecisionLog log) {
    this.log = log;
  }

  @GetMapping("/{id}")
  @Operation(summary = "One decision, explained: strategy and version, arm, segment, features read, rules, rows and bins hit")
  DecisionLog.Logged get(@PathVariable long id) {
    return log.find(id).orElseThrow(() -> ApiProblem.notFound("decision", id));
  }

  @GetMapping
  @Operation(summary = "A customer's decisions, newest first")
  List<DecisionLog.Logged> ofCustomer(@RequestParam long customerId, @RequestParam(defaultValue = "50") int limit) {
    return log.ofCustomer(customerId, Math.max(1, Math.min(limit, 500)));
  }
}
