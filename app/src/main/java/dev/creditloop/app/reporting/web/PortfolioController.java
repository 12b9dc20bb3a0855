package dev.creditloop.app.reporting.web;

import dev.creditloop.app.reporting.PortfolioOverview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/portfolio")
@Tag(name = "Portfolio", description = "The book at a glance: size, balances, buckets, decisions, vintages")
class PortfolioController {

  private final PortfolioOverview overview;

  PortfolioController(PortfolioOverview overview) {
    this.overview = overview;
  }

  @GetMapping("/overview")
  @Operation(summary = "Book size and balances, bucket mix, decisions per day (30 days), top refusal reasons, vintage curves")
  PortfolioOverview.Overview overview() {
    return overview.overview();
  }
}
