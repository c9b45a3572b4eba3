import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { ACQUISITION_CHANNELS, type Api, type ShopChannel } from '../../api';
import { useApi } from '../../app/ApiContext';

/**
 * The shop's acquisition channels as this session knows them, per API client and shop: loaded once where a label
 * needs them, replaced whenever the acquisition page loads or changes them.
 */
const known = new WeakMap<Api, Map<string, { channels?: ShopChannel[]; loading?: Promise<ShopChannel[]> }>>();

function entry(api: Api, shopId: string) {
  let shops = known.get(api);
  if (!shops) known.set(api, (shops = new Map()));
  let e = shops.get(shopId);
  if (!e) shops.set(shopId, (e = {}));
  return e;
}

/** The channels already loaded in this session, if any. */
export function knownChannels(api: Api, shopId: string): ShopChannel[] | undefined {
  return known.get(api)?.get(shopId)?.channels;
}

/** Remembers the channels as just loaded or changed (the acquisition page). */
export function rememberChannels(api: Api, shopId: string, channels: ShopChannel[]): void {
  entry(api, shopId).channels = channels;
}

/** Loads the channels (`fresh`: even when known); one request at a time; a failure is not remembered. */
export function loadChannels(api: Api, shopId: string, fresh = false): Promise<ShopChannel[]> {
  const e = entry(api, shopId);
  if (e.channels && !fresh) return Promise.resolve(e.channels);
  if (!e.loading) {
    e.loading = api.acquisition
      .channels(shopId)
      .then((list) => {
        e.channels = list.items;
        return list.items;
      })
      .finally(() => {
        e.loading = undefined;
      });
  }
  return e.loading;
}

/** Whether a channel code is one of the built-in ones every shop has. */
export function isBuiltInChannel(code: string): boolean {
  return (ACQUISITION_CHANNELS as readonly string[]).includes(code);
}

/** A channel's label: the shop's name for it, else the translated built-in label, else the code. */
export function channelLabel(
  t: TFunction,
  code: string,
  channels?: readonly Pick<ShopChannel, 'code' | 'name'>[],
): string {
  const name = channels?.find((c) => c.code === code)?.name;
  return name || t(`channel.${code}`, { defaultValue: code });
}

/**
 * The shop's channels for labels and pickers: loaded when `needed` (`fresh`: even when known, e.g. each time a
 * form opens), otherwise those already known in this session. Undefined while loading or when loading failed —
 * callers then fall back to the built-in labels.
 */
export function useShopChannels(shopId: string, needed: boolean, fresh = false): ShopChannel[] | undefined {
  const api = useApi();
  const [channels, setChannels] = useState<ShopChannel[] | undefined>(() => knownChannels(api, shopId));
  useEffect(() => {
    if (!needed) return;
    let current = true;
    loadChannels(api, shopId, fresh).then(
      (c) => current && setChannels(c),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, shopId, needed, fresh]);
  return channels;
}
