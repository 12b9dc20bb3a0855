/**
 * Data scope: a staff user with an agency (an agent, an outsourced collector) sees and acts on only
 * the customers assigned to that agency, and their lines, loans, reviews, decisions and scores. One
 * guard checks every API path that names such an entity; the list queries filter by the same rule.
 */
package dev.creditloop.app.scope;
