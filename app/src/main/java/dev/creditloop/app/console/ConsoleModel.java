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

  @ModelAttribute("path")
  String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
