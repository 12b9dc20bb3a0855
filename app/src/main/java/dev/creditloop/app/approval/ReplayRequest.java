package dev.creditloop.app.approval;

import dev.creditloop.app.web.BufferedBodyRequest;
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
 * A held command as a request again: its own method, path, body and attributes over the approving
 * call's connection, so that the same controller, validation and use case handle it as if it had
 * just arrived.
 */
final class ReplayRequest extends HttpServletRequestWrapper {

  private final String method;
  private final String path;
  private final String contentType;
  private final byte[] body;
  private final Map<String, Object> attributes = new HashMap<>();

  ReplayRequest(HttpServletRequest outer, Approval approval) {
    super(outer);
    this.method = approval.method();
    this.path = approval.path();
    this.contentType = approval.contentType();
    this.body = approval.body() == null ? new byte[0] : approval.body().getBytes(StandardCharsets.UTF_8);
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
    return new StringBuffer(getScheme() + "://" + getServerName() + ":" + getServerPort() + getRequestURI());
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
    return null;
  }

  @Override
  public String getParameter(String name) {
    return null;
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return Map.of();
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.emptyEnumeration();
  }

  @Override
  public String[] getParameterValues(String name) {
    return null;
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
    if (name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Content-Length")
        || name.equalsIgnoreCase("Idempotency-Key")) {
      return value == null ? Collections.emptyEnumeration() : Collections.enumeration(java.util.List.of(value));
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
