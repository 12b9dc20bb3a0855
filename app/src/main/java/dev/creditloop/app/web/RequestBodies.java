package dev.creditloop.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.reflect.Type;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Checks every request body before and after it is read, for every endpoint at once. Before: a body
 * starting with a byte-order mark is refused (JSON text is UTF-8 without one, RFC 8259). After:
 * every text field of a request record must fit its {@code @Schema(maxLength)} ({@link
 * FieldLengths}), which states the database column's length; so the limit a client reads in the
 * OpenAPI document is the limit it meets, and an over-long value is a 400 naming the field, never a
 * database error.
 */
@ControllerAdvice
class RequestBodies extends RequestBodyAdviceAdapter {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public HttpInputMessage beforeBodyRead(
      HttpInputMessage input,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType)
      throws IOException {
    PushbackInputStream body = new PushbackInputStream(input.getBody(), UTF8_BOM.length);
    byte[] head = body.readNBytes(UTF8_BOM.length);
    if (head.length == UTF8_BOM.length
        && head[0] == UTF8_BOM[0]
        && head[1] == UTF8_BOM[1]
        && head[2] == UTF8_BOM[2]) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "malformed-json",
          "body: starts with a byte-order mark; send UTF-8 without one",
          List.of(
              new ApiProblem.FieldIssue(
                  "body", "starts with a byte-order mark; send UTF-8 without one")));
    }
    body.unread(head);
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return body;
      }

      @Override
      public HttpHeaders getHeaders() {
        return input.getHeaders();
      }
    };
  }

  @Override
  public Object afterBodyRead(
      Object body,
      HttpInputMessage input,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    List<ApiProblem.FieldIssue> issues = FieldLengths.issues(body);
    if (!issues.isEmpty()) {
      String detail =
          issues.stream()
              .map(i -> i.field() + " " + i.reason())
              .reduce((a, b) -> a + "; " + b)
              .orElse("");
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-field", detail, issues);
    }
    return body;
  }
}
