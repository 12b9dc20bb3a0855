package dev.creditloop.app.console;

import dev.creditloop.app.approval.Approvals;
import dev.creditloop.app.audit.AuditTrail;
import dev.creditloop.app.reporting.PortfolioOverview;
import dev.creditloop.app.security.Role;
import dev.creditloop.app.security.StaffPrincipal;
import dev.creditloop.app.security.UserAdministration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** Sign-in, the overview dashboard, and the administration pages: users, approvals, audit trail. */
@Controller
class AdministrationPages {

  private final PortfolioOverview overview;
  private final UserAdministration users;
  private final Approvals approvals;
  private final AuditTrail audit;
  private final JsonMapper json;

  AdministrationPages(
      PortfolioOverview overview,
      UserAdministration users,
      Approvals approvals,
      AuditTrail audit,
      JsonMapper json) {
    this.overview = overview;
    this.users = users;
    this.approvals = approvals;
    this.audit = audit;
    this.json = json;
  }

  @GetMapping("/")
  String root() {
    return "redirect:/console";
  }

  @GetMapping("/login")
  String login() {
    return "console/login";
  }

  @GetMapping("/console")
  String dashboard(Model model) {
    // the API's own rule: a user with an agency sees its agency's book only
    var auth =
        org.springframework.security.core.context.SecurityContextHolder.getContext()
            .getAuthentication();
    String agency =
        auth != null && auth.getPrincipal() instanceof StaffPrincipal user ? user.agency() : null;
    PortfolioOverview.Overview o = overview.overview(agency);
    model.addAttribute("overview", o);
    model.addAttribute("overviewJson", json.writeValueAsString(o));
    return "console/dashboard";
  }

  @GetMapping("/console/users")
  String users(Model model) {
    model.addAttribute("users", users.all());
    model.addAttribute("roles", Role.values());
    return "console/users";
  }

  @GetMapping("/console/approvals")
  String approvals(@RequestParam(defaultValue = "PENDING") String status, Model model) {
    model.addAttribute("status", status);
    model.addAttribute(
        "approvals", approvals.list(status.isBlank() ? null : status, null, null, 200));
    return "console/approvals";
  }

  @GetMapping("/console/audit")
  String audit(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String entityType,
      @RequestParam(required = false) String entityId,
      @RequestParam(required = false) Long customerId,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) Long before,
      Model model) {
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    Instant fromAt = from == null ? null : from.atStartOfDay(zone).toInstant();
    Instant toAt = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    var records =
        audit.search(
            blank(actor),
            blank(entityType),
            blank(entityId),
            customerId,
            fromAt,
            toAt,
            before,
            100);
    model.addAttribute("records", records);
    model.addAttribute("next", records.size() == 100 ? records.get(records.size() - 1).id() : null);
    return "console/audit";
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
