package dev.creditloop.app.console;

import dev.creditloop.app.security.StaffPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's layout needs: the user, the menu, the current path. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

  @ModelAttribute("me")
  StaffPrincipal me(@AuthenticationPrincipal StaffPrincipal me) {
    return me;
  }

  @ModelAttribute("nav")
  List<ConsoleNavigation.Item> nav(@AuthenticationPrincipal StaffPrincipal me) {
    return me == null ? List.of() : ConsoleNavigation.visibleTo(me);
  }

  /**
   * A read the API refused, or a page the user's roles do not reach: the console's own page, with
   * the problem.
   */
  @org.springframework.web.bind.annotation.ExceptionHandler(ConsoleApi.Refused.class)
  String refused(
      ConsoleApi.Refused e,
      org.springframework.ui.Model model,
      jakarta.servlet.http.HttpServletResponse response,
      @AuthenticationPrincipal StaffPrincipal me,
      HttpServletRequest request) {
    response.setStatus(e.status == 403 ? 403 : e.status == 404 ? 404 : 422);
    model.addAttribute("me", me);
    model.addAttribute("nav", nav(me));
    model.addAttribute("path", path(request));
    model.addAttribute("status", e.status);
    model.addAttribute("problem", e.getMessage());
    return "console/problem";
  }

  @ModelAttribute("path")
  String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
