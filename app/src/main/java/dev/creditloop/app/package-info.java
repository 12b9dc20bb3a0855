/**
 * The server: the Spring Boot application, its wall clock, the start-up banner and its one hook for
 * the toolbox ({@link dev.creditloop.app.SignInNote}). The command line and the tools live in the
 * {@code tools} module; everything else here lives in a package per feature below this one.
 */
package dev.creditloop.app;
