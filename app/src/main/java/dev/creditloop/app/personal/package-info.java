/**
 * Personal data at rest: ID numbers and phones are stored encrypted (AES-256-GCM, rotating keys)
 * beside a keyed hash for lookups (the blind index); this package owns the keys, the columns'
 * migration and the re-encryption.
 */
package dev.creditloop.app.personal;
