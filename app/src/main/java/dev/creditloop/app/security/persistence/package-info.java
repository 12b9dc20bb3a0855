/**
 * The security feature's rows: staff users with their roles and sign-in state, and personal API
 * tokens, stored by the keyed hash of their secret, never the secret itself.
 */
package dev.creditloop.app.security.persistence;
