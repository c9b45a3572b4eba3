import { useCallback, useEffect, useState } from 'react';
import { Autocomplete, type AutocompleteProps } from '@mantine/core';
import { CATEGORY_MAX_LENGTH } from '../../api';
import { useApi } from '../../app/ApiContext';

/** How a category is compared: without regard to case or surrounding blanks (as the server does). */
export function categoryKey(category: string): string {
  return category.trim().toLowerCase();
}

/** Trimmed names, each category once (first spelling wins), empty ones left out. */
export function distinctCategories(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const trimmed = name.trim();
    const key = categoryKey(trimmed);
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
  }
  return out;
}

/**
 * The shop's known product categories as suggestions, loaded once `enabled` is true. Suggestions are a help
 * only: when they cannot be loaded the input simply offers none. `remember` adds categories used just now.
 */
export function useCategorySuggestions(shopId: string, enabled = true) {
  const api = useApi();
  const [loaded, setLoaded] = useState<string[]>([]);
  const [used, setUsed] = useState<string[]>([]);

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    api.shops.categories(shopId).then(
      (list) => {
        if (current) setLoaded(Array.isArray(list?.items) ? list.items.filter((c) => typeof c === 'string') : []);
      },
      () => {
        /* no suggestions then */
      },
    );
    return () => {
      current = false;
    };
  }, [api, shopId, enabled]);

  const remember = useCallback((names: string[]) => setUsed((u) => distinctCategories([...u, ...names])), []);
  const all = distinctCategories([...loaded, ...used]);
  const suggestions = used.length > 0 ? all.sort((a, b) => a.localeCompare(b)) : all;
  return { suggestions, remember };
}

/** Free text with the shop's known categories as suggestions. */
export function CategoryInput({ suggestions, ...props }: Omit<AutocompleteProps, 'data'> & { suggestions: string[] }) {
  return <Autocomplete data={suggestions} maxLength={CATEGORY_MAX_LENGTH} autoComplete="off" limit={20} {...props} />;
}
