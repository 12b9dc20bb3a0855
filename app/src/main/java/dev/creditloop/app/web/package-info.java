/**
 * What every endpoint shares: problem+json refusals, field validation, paging, strict JSON reading,
 * personal data masking and the starting gate. Internal calls (replayed approvals, console pages)
 * are built here too.
 */
package dev.creditloop.app.web;
