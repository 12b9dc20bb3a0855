package dev.creditloop.app.console;

import dev.creditloop.app.security.StaffPrincipal;
import dev.creditloop.app.security.StaffUsers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The console's language: zh-CN or en. {@code ?lang=} switches it (and remembers it for the
 * signed-in user); otherwise the session's choice, the user's saved one, then the browser's.
 */
@Configuration
class ConsoleLocale implements WebMvcConfigurer {

  static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  private static final String SESSION_KEY = "creditloop.locale";

  @Bean
  LocaleResolver localeResolver(StaffUsers users) {
    return new LocaleResolver() {
      @Override
      public Locale resolveLocale(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
          return chosen;
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal p && p.locale() != null) {
          return supported(Locale.forLanguageTag(p.locale()));
        }
        String accept = request.getHeader("Accept-Language");
        return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en")
            ? Locale.ENGLISH
            : CHINESE;
      }

      @Override
      public void setLocale(
          HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = supported(locale);
        request.getSession(true).setAttribute(SESSION_KEY, chosen);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal p) {
          users.setLocale(p.username(), chosen.toLanguageTag());
        }
      }
    };
  }

  static Locale supported(Locale locale) {
    return locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : CHINESE;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
    lang.setParamName("lang");
    lang.setIgnoreInvalidLocale(true);
    registry.addInterceptor(lang).addPathPatterns("/console/**", "/console", "/login");
  }
}
