package dev.creditloop.app.console;

import dev.creditloop.app.security.StaffPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses (403) a console page whose menu entry the user's roles do not reach, as the API would
 * refuse its data.
 */
@Configuration
class ConsolePageGuard implements WebMvcConfigurer, HandlerInterceptor {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(this)
        .addPathPatterns("/console", "/console/**")
        .excludePathPatterns("/console/assets/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws Exception {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof StaffPrincipal user)) {
      return true; // the sign-in already sent them to the form
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    var page =
        ConsoleNavigation.pages().stream()
            .filter(
                i ->
                    path.equals(i.path())
                        || (!i.path().equals("/console") && path.startsWith(i.path() + "/")))
            .max(Comparator.comparingInt(i -> i.path().length()));
    if (page.isPresent() && !ConsoleNavigation.allows(user.roles(), page.get().operation())) {
      if (path.equals("/console")) {
        // No overview for this role: its first page instead.
        var first = ConsoleNavigation.visibleTo(user).stream().findFirst();
        if (first.isPresent()) {
          response.sendRedirect(request.getContextPath() + first.get().path());
          return false;
        }
      }
      throw new ConsoleApi.Refused(
          HttpServletResponse.SC_FORBIDDEN, "your roles do not reach " + path);
    }
    return true;
  }
}
