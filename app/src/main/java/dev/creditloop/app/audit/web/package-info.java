/** Searching the audit trail and verifying its chain over HTTP. */
package dev.creditloop.app.audit.web;
