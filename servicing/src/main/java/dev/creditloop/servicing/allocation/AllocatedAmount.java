package dev.creditloop.servicing.allocation;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.product.Component;

/** Part of a repayment applied to one component of one instalment. */
public record AllocatedAmount(int installment, Component component, Money amount) {}
