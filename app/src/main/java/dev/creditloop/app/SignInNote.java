package dev.creditloop.app;

/**
 * What the start-up banner tells about signing in, when something started with the server has
 * created staff of its own (the toolbox's demo users). Without one, the banner names the bootstrap
 * admin.
 */
public interface SignInNote {

  /** Lines for the banner, each ending in a newline; empty when there is nothing to add. */
  String lines();
}
