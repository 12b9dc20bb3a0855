/**
 * The HTTP API of the engine: strategies, decisions, behaviour events and lists. Controllers only
 * translate between JSON and the use cases in the package above.
 */
package dev.creditloop.app.decisioning.web;
