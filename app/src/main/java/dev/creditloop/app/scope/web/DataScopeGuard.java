package dev.creditloop.app.scope.web;

import dev.creditloop.app.scope.DataScope;
import dev.creditloop.app.web.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one check of every API call that names a customer or one of its cases in its path, read or
 * write, before the controller runs: outside the caller's data scope it answers 404 not-found. The
 * console's pages and replayed held commands pass here too, since they call the API inside the
 * server.
 */
@Configuration
class DataScopeGuard implements WebMvcConfigurer, HandlerInterceptor {

  private final DataScope scope;
  private final ScopedRoutes routes;

  DataScopeGuard(DataScope scope, ScopedRoutes routes) {
    this.scope = scope;
    this.routes = routes;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (scope.agency() != null) {
      routes
          .named(request.getRequestURI().substring(request.getContextPath().length()))
          .filter(n -> !scope.sees(n.getKey(), n.getValue()))
          .ifPresent(
              n -> {
                throw ApiProblem.notFound(n.getKey().noun(), n.getValue());
              });
    }
    return true;
  }
}
