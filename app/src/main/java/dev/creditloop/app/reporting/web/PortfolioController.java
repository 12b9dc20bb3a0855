package dev.creditloop.app.reporting.web;

import dev.creditloop.app.reporting.PortfolioOverview;
import dev.creditloop.app.scope.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/portfolio")
@Tag(
    name = "Portfolio",
    description = "The book at a glance: size, balances, buckets, decisions, vintages")
class PortfolioController {

  private final PortfolioOverview overview;
  private final DataScope scope;

  PortfolioController(PortfolioOverview overview, DataScope scope) {
    this.overview = overview;
    this.scope = scope;
  }

  @GetMapping("/overview")
  @Operation(
      summary =
          "Book size and balances, bucket mix, decisions per day (30 days), top refusal reasons, vintage curves; "
              + "for a user with an agency, of that agency's customers only")
  PortfolioOverview.Overview overview() {
    // a user with an agency sees the book of its agency's customers only
    return overview.overview(scope.agency());
  }
}
