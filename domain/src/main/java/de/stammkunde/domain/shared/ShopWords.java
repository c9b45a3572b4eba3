package de.stammkunde.domain.shared;

import java.util.List;

/**
 * Port: the words a shop goes by — its name and its address (slug) — which the passwords of its staff and
 * customers must not be built from ({@link PasswordPolicy}). Empty for an unknown shop.
 */
@FunctionalInterface
public interface ShopWords {
    List<String> of(ShopId shopId);
}
