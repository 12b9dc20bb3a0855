/**
 * The personal-data feature's HTTP edge: the two key rotations (re-seal under the current key,
 * recompute the blind indexes) as API operations. The rotations themselves are the persistence
 * package's.
 */
package dev.creditloop.app.personal.web;
