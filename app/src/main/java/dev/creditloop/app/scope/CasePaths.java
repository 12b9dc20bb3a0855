package dev.creditloop.app.scope;

import java.util.Map;
import java.util.Optional;

/**
 * What an API path names: a customer or one of its cases, with its id, or nothing. The data scope
 * asks it of a held command's path; the HTTP edge ({@code scope.web}) answers it, reading the path
 * as Spring routes it.
 */
public interface CasePaths {

  /** The case a path names by its {@code {id}}; empty when it names none. */
  Optional<Map.Entry<DataScope.Kind, Long>> named(String path);
}
