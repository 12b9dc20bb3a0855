/**
 * JDBC storage of the engine's data: behaviour events, strategy versions, list entries and the
 * decision log. Multi-row writes and hi/lo ids keep batches cheap.
 */
package dev.creditloop.app.decisioning.persistence;
