/**
 * The security feature's rows that are not users: personal API tokens, stored by the keyed hash of
 * their secret, never the secret itself.
 */
package dev.creditloop.app.security.persistence;
