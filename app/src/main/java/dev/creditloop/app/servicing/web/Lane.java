package dev.creditloop.app.servicing.web;

import dev.creditloop.app.security.KnownCallers;
import dev.creditloop.app.security.Role;
import dev.creditloop.app.security.StaffPrincipal;
import dev.creditloop.app.web.FieldLengths;
import dev.creditloop.lending.drawdown.DrawdownCommand;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the hot lanes on a line's drawdown endpoints share: recognising their request and caller
 * without side effects, reading its body as the dispatcher would, and writing an answer with the
 * headers the security chain adds. See {@link PrecheckLane} for the rules a lane follows.
 */
final class Lane {

  private static final String PREFIX = "/api/v1/credit-lines/";
  private static final int MAX_BODY = 8 * 1024;
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final String suffix;
  private final KnownCallers callers;
  private final ApplicationAvailability availability;
  private final ObjectReader reader;
  private final Set<Role> allowed;
  private final LongAdder served = new LongAdder();

  Lane(String suffix, KnownCallers callers, ApplicationAvailability availability, JsonMapper json) {
    this.suffix = suffix;
    this.callers = callers;
    this.availability = availability;
    this.reader = json.readerFor(CreditLineController.DrawdownRequest.class);
    this.allowed = KnownCallers.allowed(HttpMethod.POST, PREFIX + "{id}" + suffix);
  }

  /** A request this lane may take: its line, its known caller, its body of a stated length. */
  record Taken(long lineId, Authentication signedIn, String path) {
    StaffPrincipal caller() {
      return (StaffPrincipal) signedIn.getPrincipal();
    }
  }

  /**
   * The request when the lane may take it (nothing read yet), else empty: not this endpoint
   * exactly, a query, HTTPS (the chain adds HSTS), not JSON, not ready, an unknown caller or one
   * the matrix refuses or an agency narrows, no stated length or over 8 KiB.
   */
  Optional<Taken> take(HttpServletRequest request) {
    long lineId = lineId(request);
    if (lineId < 0
        || request.isSecure()
        || !jsonIn(request)
        || request.getContentLength() < 0
        || request.getContentLength() > MAX_BODY
        || availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
      return Optional.empty();
    }
    return callers
        .known(request.getHeader("Authorization"), allowed)
        .map(c -> new Taken(lineId, c, PREFIX + lineId + suffix));
  }

  byte[] body(HttpServletRequest request) throws IOException {
    return request.getInputStream().readNBytes(request.getContentLength());
  }

  /**
   * The command the controller would run, or empty where the dispatcher or the controller would
   * refuse the body (a byte-order mark, malformed JSON or one the API's JSON rules refuse, a field
   * over its length, a missing or invalid field).
   */
  Optional<DrawdownCommand> command(long lineId, byte[] body) {
    if (body.length >= 3
        && body[0] == UTF8_BOM[0]
        && body[1] == UTF8_BOM[1]
        && body[2] == UTF8_BOM[2]) {
      return Optional.empty();
    }
    try {
      CreditLineController.DrawdownRequest parsed = reader.readValue(body);
      if (parsed == null || !FieldLengths.issues(parsed).isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(CreditLineController.validated(lineId, parsed));
    } catch (RuntimeException malformedOrInvalid) {
      return Optional.empty();
    }
  }

  /** Runs {@code work} signed in as the caller, with the authentication the chain would use. */
  <T> T as(Taken taken, Supplier<T> work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(taken.signedIn());
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  /** Writes the answer with the security chain's headers; counted before it leaves. */
  void answer(
      HttpServletResponse response,
      int status,
      String contentType,
      List<String[]> headers,
      byte[] body)
      throws IOException {
    served.increment();
    response.setStatus(status);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-XSS-Protection", "0");
    response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("Expires", "0");
    response.setHeader("X-Frame-Options", "DENY");
    for (String[] h : headers) {
      response.setHeader(h[0], h[1]);
    }
    response.setContentType(contentType);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  long served() {
    return served.sum();
  }

  /** The line's id when the path is exactly the endpoint's (no query), else -1. */
  private long lineId(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod()) || request.getQueryString() != null) {
      return -1;
    }
    String path = request.getRequestURI();
    String context = request.getContextPath();
    if (!context.isEmpty()) {
      if (!path.startsWith(context)) {
        return -1;
      }
      path = path.substring(context.length());
    }
    int end = path.length() - suffix.length();
    if (!path.startsWith(PREFIX) || !path.endsWith(suffix) || end - PREFIX.length() > 18) {
      return -1;
    }
    long id = 0;
    for (int i = PREFIX.length(); i < end; i++) {
      char c = path.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      id = id * 10 + (c - '0');
    }
    return end > PREFIX.length() ? id : -1;
  }

  /** A JSON body the dispatcher would read, asked for as JSON (or anything). */
  private static boolean jsonIn(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null
        || !(type.equalsIgnoreCase("application/json")
            || type.regionMatches(true, 0, "application/json;", 0, 17))) {
      return false;
    }
    String accept = request.getHeader("Accept");
    return accept == null
        || accept.equals("*/*")
        || accept.equals("application/json")
        || accept.equals("application/json, */*");
  }
}
