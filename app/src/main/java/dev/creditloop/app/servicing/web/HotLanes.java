package dev.creditloop.app.servicing.web;

import dev.creditloop.app.audit.AuditWrites;
import dev.creditloop.app.idempotency.web.IdempotentRequests;
import dev.creditloop.app.security.KnownCallers;
import dev.creditloop.lending.drawdown.PrecheckDrawdown;
import dev.creditloop.lending.drawdown.RequestDrawdown;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers the hot lanes ahead of every other filter ({@code creditloop.hot-lane.enabled}, on by
 * default; off, every call takes the full chain).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "creditloop.hot-lane.enabled", matchIfMissing = true)
class HotLanes {

  @Bean
  FilterRegistrationBean<PrecheckLane> precheckLane(
      PrecheckDrawdown precheck,
      KnownCallers callers,
      ApplicationAvailability availability,
      JsonMapper json) {
    var registration =
        new FilterRegistrationBean<>(new PrecheckLane(precheck, callers, availability, json));
    registration.addUrlPatterns("/api/v1/credit-lines/*");
    // after the character-encoding filter (which only names the request's charset), before all else
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    registration.setName("precheckLane");
    return registration;
  }

  @Bean
  FilterRegistrationBean<DrawdownLane> drawdownLane(
      RequestDrawdown requestDrawdown,
      IdempotentRequests idempotent,
      AuditWrites audit,
      KnownCallers callers,
      ApplicationAvailability availability,
      JsonMapper json) {
    var registration =
        new FilterRegistrationBean<>(
            new DrawdownLane(requestDrawdown, idempotent, audit, callers, availability, json));
    registration.addUrlPatterns("/api/v1/credit-lines/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    registration.setName("drawdownLane");
    return registration;
  }
}
