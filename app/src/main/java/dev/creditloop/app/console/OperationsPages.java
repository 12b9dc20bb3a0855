package dev.creditloop.app.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The book's pages: customers and lines, loans, drawdown reviews, decisions, strategies, scoring,
 * products and lists, the business date. Each reads the API's own answers through {@link
 * ConsoleApi}.
 */
@Controller
class OperationsPages {

  private final ConsoleApi api;

  OperationsPages(ConsoleApi api) {
    this.api = api;
  }

  @GetMapping("/console/customers")
  String customers(@RequestParam(required = false) Long id) {
    return id == null ? "console/customers" : "redirect:/console/customers/" + id;
  }

  @GetMapping("/console/customers/{id}")
  String customer(@PathVariable long id, Model model) {
    model.addAttribute("customer", api.get("/api/v1/customers/" + id));
    model.addAttribute("lines", api.get("/api/v1/credit-lines?customerId=" + id));
    model.addAttribute("loans", api.getOrNull("/api/v1/loans?customerId=" + id + "&limit=100"));
    model.addAttribute("scores", api.getOrNull("/api/v1/customers/" + id + "/scores?limit=12"));
    model.addAttribute(
        "decisions", api.getOrNull("/api/v1/decisions?customerId=" + id + "&limit=20"));
    model.addAttribute("products", api.getOrNull("/api/v1/products?limit=500"));
    return "console/customer";
  }

  @GetMapping("/console/lines/{id}")
  String line(@PathVariable long id, Model model) {
    Object line = api.get("/api/v1/credit-lines/" + id);
    model.addAttribute("line", line);
    model.addAttribute(
        "loans",
        api.getOrNull(
            "/api/v1/loans?customerId=" + ((Map<?, ?>) line).get("customerId") + "&limit=100"));
    return "console/line";
  }

  @GetMapping("/console/loans")
  String loans(@RequestParam Map<String, String> filters, Model model) {
    model.addAttribute(
        "page",
        api.get(
            "/api/v1/loans"
                + query(
                    filters,
                    "status",
                    "bucket",
                    "dpdMin",
                    "dpdMax",
                    "productCode",
                    "customerId",
                    "cursor")));
    model.addAttribute("filters", filters);
    return "console/loans";
  }

  @GetMapping("/console/loans/{id}")
  String loan(@PathVariable long id, Model model) {
    model.addAttribute("loan", api.get("/api/v1/loans/" + id));
    model.addAttribute("journal", api.getOrNull("/api/v1/loans/" + id + "/journal?limit=500"));
    return "console/loan";
  }

  @GetMapping("/console/reviews")
  String reviews(@RequestParam(defaultValue = "PENDING") String status, Model model) {
    model.addAttribute("status", status);
    model.addAttribute(
        "page",
        api.get(
            "/api/v1/drawdown-reviews"
                + query(Map.of("status", status, "limit", "200"), "status", "limit")));
    return "console/reviews";
  }

  @GetMapping("/console/decisions")
  String decisions(@RequestParam Map<String, String> filters, Model model) {
    model.addAttribute(
        "page", api.get("/api/v1/decisions" + query(filters, "customerId", "outcome", "cursor")));
    model.addAttribute("filters", filters);
    return "console/decisions";
  }

  @GetMapping("/console/decisions/{id}")
  String decision(@PathVariable long id, Model model) {
    model.addAttribute("decision", api.get("/api/v1/decisions/" + id));
    return "console/decision";
  }

  @GetMapping("/console/strategies")
  String strategies(Model model) {
    model.addAttribute("page", api.get("/api/v1/strategies?limit=500"));
    return "console/strategies";
  }

  @GetMapping("/console/strategies/{id}/{version}")
  String strategy(
      @PathVariable String id,
      @PathVariable int version,
      @RequestParam(required = false) Integer compare,
      @RequestParam(required = false) Long backtest,
      Model model) {
    Object strategy = api.get("/api/v1/strategies/" + encode(id) + "/versions/" + version);
    if (backtest != null) {
      backtestRun(backtest, model);
    }
    model.addAttribute("strategy", strategy);
    model.addAttribute("id", id);
    model.addAttribute("version", version);
    // what changed against another version (default: the one before), line by line
    int other = compare != null ? compare : version - 1;
    if (other >= 1 && other != version) {
      Object older = api.getOrNull("/api/v1/strategies/" + encode(id) + "/versions/" + other);
      if (older instanceof java.util.Map<?, ?> o && strategy instanceof java.util.Map<?, ?> n) {
        model.addAttribute("compare", other);
        model.addAttribute(
            "diff", LineDiff.of((String) o.get("document"), (String) n.get("document")));
      }
    }
    return "console/strategy";
  }

  /**
   * A background backtest, as the strategy page's run section: htmx asks for it every second while
   * it is queued or running, and the answer stops asking once it is done.
   */
  @GetMapping("/console/strategies/{id}/{version}/backtests/{run}")
  String backtestProgress(
      @PathVariable String id, @PathVariable int version, @PathVariable long run, Model model) {
    model.addAttribute("id", id);
    model.addAttribute("version", version);
    backtestRun(run, model);
    return "console/strategy :: backtestRun";
  }

  /** The run (null when the user's roles do not reach it) and, once done, its version reports. */
  private void backtestRun(long run, Model model) {
    Object answer = api.getOrNull("/api/v1/backtests/" + run);
    model.addAttribute("backtestRun", answer);
    if (answer instanceof Map<?, ?> r && r.get("result") instanceof Map<?, ?> result) {
      model.addAttribute(
          "backtestReports",
          result.get("report") != null
              ? java.util.List.of(result.get("report"))
              : java.util.List.of(result.get("first"), result.get("second")));
    }
  }

  @GetMapping("/console/scoring")
  String scoring(Model model) {
    model.addAttribute("page", api.get("/api/v1/scoring-runs?limit=100"));
    return "console/scoring";
  }

  @GetMapping("/console/products")
  String products(Model model) {
    model.addAttribute("page", api.get("/api/v1/products?limit=500"));
    return "console/products";
  }

  @GetMapping("/console/lists")
  String lists(Model model) {
    model.addAttribute("page", api.get("/api/v1/lists/entries?limit=500"));
    return "console/lists";
  }

  @GetMapping("/console/close")
  String close(Model model) {
    model.addAttribute("date", api.get("/api/v1/business-date"));
    model.addAttribute("running", api.getOrNull("/api/v1/business-date/close"));
    model.addAttribute("trialBalance", api.getOrNull("/api/v1/journal/trial-balance"));
    return "console/close";
  }

  /**
   * The running close, as the page's progress section: htmx asks for it every second while a close
   * runs.
   */
  @GetMapping("/console/close/progress")
  String closeProgress(Model model) {
    model.addAttribute("running", api.getOrNull("/api/v1/business-date/close"));
    return "console/close :: progress";
  }

  @GetMapping("/console/account")
  String account(Model model) {
    model.addAttribute("tokens", api.get("/api/v1/users/me/tokens"));
    return "console/account";
  }

  /** An administrator's view of one user's API tokens, to revoke them. */
  @GetMapping("/console/users/{username}/tokens")
  String userTokens(@PathVariable String username, Model model) {
    model.addAttribute("username", username);
    model.addAttribute("tokens", api.get("/api/v1/users/" + encode(username) + "/tokens"));
    return "console/user-tokens";
  }

  private static String query(Map<String, String> params, String... names) {
    Map<String, String> kept = new LinkedHashMap<>();
    for (String name : names) {
      String v = params.get(name);
      if (v != null && !v.isBlank()) {
        kept.put(name, v);
      }
    }
    StringBuilder b = new StringBuilder();
    kept.forEach(
        (k, v) -> b.append(b.isEmpty() ? '?' : '&').append(k).append('=').append(encode(v)));
    return b.toString();
  }

  private static String encode(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8);
  }
}
