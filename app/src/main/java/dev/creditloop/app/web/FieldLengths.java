package dev.creditloop.app.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text field of a request record, nested records and lists included, must fit its
 * {@code @Schema(maxLength)}, which states the database column's length. What each record class
 * holds is looked up once and kept: a request costs one accessor call per component, no reflection
 * scan.
 */
public final class FieldLengths {

  /** A record component's accessor and its maximum length (0: none stated). */
  private record Component(String name, Method accessor, int maxLength) {}

  private static final ConcurrentHashMap<Class<?>, Component[]> COMPONENTS =
      new ConcurrentHashMap<>();

  private FieldLengths() {}

  /** The fields of {@code body} over their length, named by their path ("items[2].name"). */
  public static List<ApiProblem.FieldIssue> issues(Object body) {
    List<ApiProblem.FieldIssue> issues = new ArrayList<>(0);
    check(body, "", issues);
    return issues;
  }

  private static void check(Object value, String at, List<ApiProblem.FieldIssue> issues) {
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        check(list.get(i), at + "[" + i + "]", issues);
      }
      return;
    }
    if (value == null || !value.getClass().isRecord()) {
      return;
    }
    for (Component c : COMPONENTS.computeIfAbsent(value.getClass(), FieldLengths::componentsOf)) {
      Object v;
      try {
        v = c.accessor().invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + c.name(), e);
      }
      if (v == null) {
        continue;
      }
      String field = at.isEmpty() ? c.name() : at + "." + c.name();
      if (v instanceof String s) {
        if (c.maxLength() > 0 && s.length() > c.maxLength()) {
          issues.add(
              new ApiProblem.FieldIssue(field, "must be at most " + c.maxLength() + " characters"));
        }
      } else {
        check(v, field, issues);
      }
    }
  }

  private static Component[] componentsOf(Class<?> record) {
    RecordComponent[] rc = record.getRecordComponents();
    Component[] out = new Component[rc.length];
    for (int i = 0; i < rc.length; i++) {
      Method accessor = rc[i].getAccessor();
      // request records are package-private in their controllers' packages
      accessor.setAccessible(true);
      out[i] = new Component(rc[i].getName(), accessor, maxLength(record, rc[i]));
    }
    return out;
  }

  /**
   * The component's {@code @Schema(maxLength)} (on the record's field, where Java puts it), or 0
   * for none.
   */
  private static int maxLength(Class<?> record, RecordComponent c) {
    try {
      Field f = record.getDeclaredField(c.getName());
      Schema schema = f.getAnnotation(Schema.class);
      return schema == null ? 0 : schema.maxLength();
    } catch (NoSuchFieldException e) {
      return 0;
    }
  }
}
