/** The approval inbox over HTTP: list, read, approve, reject, cancel. */
package dev.creditloop.app.approval.web;
