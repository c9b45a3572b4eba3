package de.stammkunde.api.demo;

/**
 * A feature's part of the demo shop, seeded through its use cases. Seeds run once, in {@link #order} (the
 * programme before the customers, the customers before their purchases), each in transactions of its own.
 */
public interface DemoSeed {
    int order();

    void seed(DemoShop demo);
}
