/**
 * The back-office console: server-rendered pages (Thymeleaf, htmx) in Chinese and English, signed
 * in with a form. Pages read through the same services as the API; every command a page offers is a
 * call of the JSON API itself (with the session and its CSRF token), so validation, roles,
 * four-eyes and the audit trail are the API's own.
 */
package dev.creditloop.app.console;
