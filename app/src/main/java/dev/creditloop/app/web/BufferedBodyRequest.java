package dev.creditloop.app.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body was read once up front, so that filters can look at it and the handler can
 * still read it.
 */
public final class BufferedBodyRequest extends HttpServletRequestWrapper {

  /** Bodies larger than this are refused before any handler sees them. */
  public static final int MAX_BODY = 1 << 20;

  private final byte[] body;

  private BufferedBodyRequest(HttpServletRequest request) throws IOException {
    super(request);
    this.body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      throw new TooLarge();
    }
  }

  private BufferedBodyRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  /** The request with a body already read from it (at most {@link #MAX_BODY} bytes). */
  public static BufferedBodyRequest of(HttpServletRequest request, byte[] body) {
    if (body.length > MAX_BODY) {
      throw new IllegalArgumentException("a body over " + MAX_BODY + " bytes");
    }
    return new BufferedBodyRequest(request, body);
  }

  /** A body over {@link #MAX_BODY}: answered 413 by {@link #refuse}, never a 500. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("request body over " + MAX_BODY + " bytes");
    }
  }

  /**
   * Answers a body that was too large with a 413 problem naming the body (before any handler ran).
   */
  public static void refuse(jakarta.servlet.http.HttpServletResponse response) throws IOException {
    var status = org.springframework.http.HttpStatus.CONTENT_TOO_LARGE;
    String reason = "at most " + MAX_BODY + " bytes";
    var problem = new java.util.LinkedHashMap<String, Object>();
    problem.put("type", Problems.TYPE_BASE + "body-too-large");
    problem.put("title", "Body too large");
    problem.put("status", status.value());
    problem.put("detail", "the request body is over " + MAX_BODY + " bytes");
    problem.put("code", "body-too-large");
    problem.put("errors", java.util.List.of(java.util.Map.of("field", "body", "reason", reason)));
    problem.put("field", "body");
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(ANSWER.writeValueAsString(problem));
  }

  private static final tools.jackson.databind.json.JsonMapper ANSWER =
      tools.jackson.databind.json.JsonMapper.builder().build();

  /** The request itself when already buffered, else a buffered wrapper of it. */
  public static BufferedBodyRequest of(HttpServletRequest request) throws IOException {
    return request instanceof BufferedBodyRequest b ? b : new BufferedBodyRequest(request);
  }

  /** The body as UTF-8 text, or null when empty. */
  public String text() {
    return body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public ServletInputStream getInputStream() {
    return stream(body);
  }

  @Override
  public BufferedReader getReader() {
    return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
  }

  /** A servlet input stream over bytes. */
  public static ServletInputStream stream(byte[] bytes) {
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    return new ServletInputStream() {
      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("blocking reads only");
      }

      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }
    };
  }
}
