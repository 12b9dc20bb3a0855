/**
 * Flyway's Java migrations, beside the SQL ones in {@code db/migration}: for a change that depends
 * on the rows it finds. Nothing else lives here; nothing calls it but Flyway.
 */
package db.migration;
