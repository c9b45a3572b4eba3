import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/SessionContext';
import { channelLabel, isBuiltInChannel, useShopChannels } from './channels';

/**
 * A customer's acquisition channel in words: the shop's name for it when known (the shop's channels are asked for
 * only for a code that is not built in), else the translated built-in label, else the code.
 */
export function ChannelText({ code }: { code: string }) {
  const { t } = useTranslation();
  const shopId = useUser().shop.id;
  const channels = useShopChannels(shopId, !isBuiltInChannel(code));
  return <>{channelLabel(t, code, channels)}</>;
}
