package dev.creditloop.app.console;

import dev.creditloop.app.security.AccessMatrix;
import dev.creditloop.app.security.StaffPrincipal;
import dev.creditloop.app.web.CapturedResponse;
import dev.creditloop.app.web.InternalRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.DispatcherServlet;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a console page reads: it asks the API itself, inside the server, as the signed-in user, and
 * renders the answer. So a page shows exactly what the API answers, through the same controllers
 * and use cases, and the access matrix decides what it may read.
 */
@Component
class ConsoleApi {

  /** The API refused the page's read: its status and problem. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    Refused(int status, String problem) {
      super(problem);
      this.status = status;
    }
  }

  /** Lazily: the command-line tools run without a web server. */
  private final org.springframework.beans.factory.ObjectProvider<DispatcherServlet> dispatcher;

  /**
   * Reads the API's answers. Not the application's mapper: that one holds the rules for requests
   * (no control characters in text, ...), which answers such as a strategy's document break.
   */
  private static final JsonMapper ANSWERS = JsonMapper.builder().build();

  ConsoleApi(org.springframework.beans.factory.ObjectProvider<DispatcherServlet> dispatcher) {
    this.dispatcher = dispatcher;
  }

  /** The API's answer to {@code GET pathAndQuery} as maps and lists. */
  Object get(String pathAndQuery) {
    String path =
        pathAndQuery.contains("?")
            ? pathAndQuery.substring(0, pathAndQuery.indexOf('?'))
            : pathAndQuery;
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null
        || !(auth.getPrincipal() instanceof StaffPrincipal user)
        || AccessMatrix.ruleFor("GET", path)
            .filter(r -> user.roles().stream().anyMatch(r::allows))
            .isEmpty()) {
      throw new Refused(403, "your roles do not allow GET " + path);
    }
    var attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
    CapturedResponse answer = new CapturedResponse(attributes.getResponse());
    try {
      dispatcher
          .getObject()
          .service(
              new InternalRequest(attributes.getRequest(), "GET", pathAndQuery, null, null),
              answer);
    } catch (Exception e) {
      throw new Refused(500, e.getMessage());
    } finally {
      RequestContextHolder.setRequestAttributes(attributes);
    }
    String text = answer.text();
    if (answer.getStatus() >= 400) {
      throw new Refused(answer.getStatus(), text);
    }
    return text.isBlank() ? null : ANSWERS.readValue(text, Object.class);
  }

  /** As {@link #get}, or null when the API refuses (a section the user's roles do not reach). */
  Object getOrNull(String pathAndQuery) {
    try {
      return get(pathAndQuery);
    } catch (Refused e) {
      return null;
    }
  }
}
