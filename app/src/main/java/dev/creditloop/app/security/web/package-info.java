/**
 * The users API: who may sign in, with which roles; ADMIN only, but for one's own password and
 * identity.
 */
package dev.creditloop.app.security.web;
