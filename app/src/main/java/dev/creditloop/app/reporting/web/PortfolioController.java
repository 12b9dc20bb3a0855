package dev.creditloop.app.reporting.web;

import dev.creditloop.app.reporting.PortfolioOverview;
import dev.creditloop.app.scope.DataScope;
import dev.creditloop.app.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
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
          "Book size and balances, bucket mix, decisions per day (30 days), top refusal reasons, vintage curves")
  PortfolioOverview.Overview overview() {
    if (scope.agency() != null) {
      // the whole book's figures are not an agency's to see; no agency role reaches this in the
      // matrix anyway
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "forbidden",
          "the portfolio overview covers the whole book: not for users with an agency",
          List.of());
    }
    return overview.overview();
  }
}
