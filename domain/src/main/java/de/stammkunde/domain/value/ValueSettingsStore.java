package de.stammkunde.domain.value;

import de.stammkunde.domain.shared.ShopId;

/** Port: the owner's value settings ({@link ValueSettings#DEFAULTS} until set). */
public interface ValueSettingsStore {
    ValueSettings of(ShopId shopId);

    void save(ShopId shopId, ValueSettings settings);
}
