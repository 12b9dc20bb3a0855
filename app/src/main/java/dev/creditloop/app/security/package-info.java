/**
 * Who may do what: staff users with roles, the one access matrix every API endpoint is checked
 * against, HTTP Basic and form sign-in with a verified-credentials cache, lock-out and bootstrap.
 */
package dev.creditloop.app.security;
