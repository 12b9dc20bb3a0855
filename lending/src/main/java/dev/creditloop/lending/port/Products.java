package dev.creditloop.lending.port;

import dev.creditloop.servicing.product.Product;
import java.util.Optional;

/** Port: the published products, by code. */
public interface Products {

  Optional<Product> find(String code);
}
