package dev.creditloop.app.web;

import java.security.Principal;

/** Who acts in a command: always the signed-in user; a body that names someone else is refused. */
public final class Actors {

  private Actors() {}

  public static String signedIn(String named, Principal principal, String field) {
    String me = principal == null ? "system" : principal.getName();
    if (named != null && !named.isBlank() && !named.equals(me)) {
      throw ApiProblem.badField(
          "invalid-field",
          field,
          "the acting user is the signed-in user (" + me + "); leave it out");
    }
    return me;
  }
}
