package dev.creditloop.app.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

/**
 * An API call made from inside the server (a held command replayed on approval, a console page
 * reading the API's answer): its own method, path, query, body and attributes over the outer call's
 * connection, so that the same controller, validation and use case handle it as if it had arrived.
 */
public final class InternalRequest extends HttpServletRequestWrapper {

  private final String method;
  private final String path;
  private final String query;
  private final Map<String, String[]> parameters;
  private final String contentType;
  private final byte[] body;
  private final Map<String, Object> attributes = new HashMap<>();

  public InternalRequest(
      HttpServletRequest outer,
      String method,
      String pathAndQuery,
      String contentType,
      String body) {
    super(outer);
    this.method = method;
    int q = pathAndQuery.indexOf('?');
    this.path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    this.query = q < 0 ? null : pathAndQuery.substring(q + 1);
    this.parameters = parse(query);
    this.contentType = contentType;
    this.body = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, String[]> parse(String query) {
    Map<String, String[]> out = new java.util.LinkedHashMap<>();
    if (query == null || query.isEmpty()) {
      return out;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name =
          java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      String[] old = out.get(name);
      String[] next =
          old == null ? new String[] {value} : java.util.Arrays.copyOf(old, old.length + 1);
      next[next.length - 1] = value;
      out.put(name, next);
    }
    return out;
  }

  @Override
  public String getMethod() {
    return method;
  }

  @Override
  public String getRequestURI() {
    return getContextPath() + path;
  }

  @Override
  public StringBuffer getRequestURL() {
    return new StringBuffer(
        getScheme() + "://" + getServerName() + ":" + getServerPort() + getRequestURI());
  }

  @Override
  public String getServletPath() {
    return path;
  }

  @Override
  public String getPathInfo() {
    return null;
  }

  @Override
  public String getQueryString() {
    return query;
  }

  @Override
  public String getParameter(String name) {
    String[] values = parameters.get(name);
    return values == null ? null : values[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return Collections.unmodifiableMap(parameters);
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(parameters.keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    return parameters.get(name);
  }

  @Override
  public DispatcherType getDispatcherType() {
    return DispatcherType.REQUEST;
  }

  @Override
  public String getContentType() {
    return contentType;
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }

  @Override
  public String getHeader(String name) {
    if (name.equalsIgnoreCase("Content-Type")) {
      return contentType;
    }
    if (name.equalsIgnoreCase("Content-Length")) {
      return String.valueOf(body.length);
    }
    if (name.equalsIgnoreCase("Idempotency-Key")) {
      return null;
    }
    return super.getHeader(name);
  }

  @Override
  public Enumeration<String> getHeaders(String name) {
    String value = getHeader(name);
    if (name.equalsIgnoreCase("Content-Type")
        || name.equalsIgnoreCase("Content-Length")
        || name.equalsIgnoreCase("Idempotency-Key")) {
      return value == null
          ? Collections.emptyEnumeration()
          : Collections.enumeration(java.util.List.of(value));
    }
    return super.getHeaders(name);
  }

  @Override
  public ServletInputStream getInputStream() {
    return BufferedBodyRequest.stream(body);
  }

  @Override
  public BufferedReader getReader() {
    return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
  }

  @Override
  public Object getAttribute(String name) {
    return attributes.get(name);
  }

  @Override
  public Enumeration<String> getAttributeNames() {
    return Collections.enumeration(attributes.keySet());
  }

  @Override
  public void setAttribute(String name, Object value) {
    if (value == null) {
      attributes.remove(name);
    } else {
      attributes.put(name, value);
    }
  }

  @Override
  public void removeAttribute(String name) {
    attributes.remove(name);
  }
}
