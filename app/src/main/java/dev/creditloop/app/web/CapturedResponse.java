package dev.creditloop.app.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The answer of an internal call, kept apart from the outer call's own answer. */
public final class CapturedResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private int status = 200;
  private String contentType;
  private String encoding = "UTF-8";
  private PrintWriter writer;

  public CapturedResponse(HttpServletResponse outer) {
    super(outer);
  }

  public String text() {
    if (writer != null) {
      writer.flush();
    }
    return body.toString(StandardCharsets.UTF_8);
  }

  @Override
  public int getStatus() {
    return status;
  }

  @Override
  public void setStatus(int sc) {
    status = sc;
  }

  @Override
  public void sendError(int sc) {
    status = sc;
  }

  @Override
  public void sendError(int sc, String msg) {
    status = sc;
  }

  @Override
  public void sendRedirect(String location) {
    status = 302;
    setHeader("Location", location);
  }

  @Override
  public void setContentType(String type) {
    contentType = type;
  }

  @Override
  public String getContentType() {
    return contentType;
  }

  @Override
  public void setCharacterEncoding(String charset) {
    encoding = charset;
  }

  @Override
  public String getCharacterEncoding() {
    return encoding;
  }

  @Override
  public void setContentLength(int len) {}

  @Override
  public void setContentLengthLong(long len) {}

  @Override
  public void setLocale(Locale loc) {}

  @Override
  public boolean containsHeader(String name) {
    return headers.containsKey(name.toLowerCase(Locale.ROOT));
  }

  @Override
  public void setHeader(String name, String value) {
    if (value == null) {
      headers.remove(name.toLowerCase(Locale.ROOT));
      return;
    }
    if (name.equalsIgnoreCase("Content-Type")) {
      contentType = value;
    }
    headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(List.of(value)));
  }

  @Override
  public void addHeader(String name, String value) {
    if (value == null) {
      return;
    }
    headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
  }

  @Override
  public void setIntHeader(String name, int value) {
    setHeader(name, String.valueOf(value));
  }

  @Override
  public void addIntHeader(String name, int value) {
    addHeader(name, String.valueOf(value));
  }

  @Override
  public void setDateHeader(String name, long date) {
    setHeader(name, String.valueOf(date));
  }

  @Override
  public void addDateHeader(String name, long date) {
    addHeader(name, String.valueOf(date));
  }

  @Override
  public String getHeader(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  @Override
  public Collection<String> getHeaders(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  @Override
  public Collection<String> getHeaderNames() {
    return headers.keySet();
  }

  @Override
  public ServletOutputStream getOutputStream() {
    return new ServletOutputStream() {
      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        throw new UnsupportedOperationException("blocking writes only");
      }

      @Override
      public void write(int b) {
        body.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        body.write(b, off, len);
      }
    };
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
    }
    return writer;
  }

  @Override
  public void flushBuffer() {}

  @Override
  public boolean isCommitted() {
    return false;
  }

  @Override
  public void reset() {
    body.reset();
    headers.clear();
    status = 200;
  }

  @Override
  public void resetBuffer() {
    body.reset();
  }

  @Override
  public void setBufferSize(int size) {}

  @Override
  public int getBufferSize() {
    return 8192;
  }
}
