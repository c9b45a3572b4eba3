import { Anchor, AppShell, Burger, Button, CopyButton, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession, useUser } from '../app/SessionContext';
import { EmailVerificationBanner } from '../features/account/EmailVerificationBanner';
import { SecondFactorSetupScreen } from '../features/security/SecondFactorSetupScreen';
import { StepUpProvider } from '../features/security/StepUp';
import { Brand } from './PublicLayout';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Loading } from './Loading';
import { BREAKABLE_URL_STYLE, BreakableUrl } from './BreakableUrl';
import { loginAddress } from './LoginAddress';

/**
 * App shell of the staff area: header with shop name, navigation, language switch and logout; above the page, the
 * banner of a shop whose e-mail address is not confirmed yet. An owner who must set up two-factor login first sees
 * only that (see {@link SecondFactorSetupScreen}). Pages can ask for the second factor again ({@link StepUpProvider}).
 */
export function AdminLayout() {
  const user = useUser();
  if (user.secondFactorSetupRequired) return <SecondFactorSetupScreen />;
  return <AdminShell />;
}

function AdminShell() {
  const { t } = useTranslation();
  const user = useUser();
  const { logout } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const isOwner = user.role === 'OWNER';

  const links = [
    { to: '/admin/customers', label: t('nav.customers'), show: true },
    { to: '/admin/cases', label: t('nav.cases'), show: true },
    { to: '/admin/goodwill', label: t('nav.goodwill'), show: isOwner },
    { to: '/admin/service', label: t('nav.service'), show: isOwner },
    { to: '/admin/value', label: t('value.nav'), show: isOwner },
    { to: '/admin/acquisition', label: t('nav.acquisition'), show: isOwner },
    { to: '/admin/imports', label: t('nav.imports'), show: isOwner },
    { to: '/admin/vouchers', label: t('nav.vouchers'), show: true },
    { to: '/admin/rewards', label: t('nav.rewards'), show: true },
    { to: '/admin/staff', label: t('nav.staff'), show: isOwner },
    { to: '/admin/programme', label: t('nav.programme'), show: true },
    { to: '/admin/promotions', label: t('nav.promotions'), show: true },
    { to: '/admin/tiers', label: t('nav.tiers'), show: true },
    { to: '/admin/api-keys', label: t('nav.apiKeys'), show: isOwner },
    { to: '/admin/audit-log', label: t('nav.auditLog'), show: isOwner },
    { to: '/admin/account', label: t('nav.account'), show: true },
  ];

  async function onLogout() {
    const slug = user.shop.slug;
    await logout().catch(() => undefined);
    navigate(`/login?shop=${encodeURIComponent(slug)}`, { replace: true });
  }

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Brand compact />
            <Text c="dimmed" visibleFrom="xs" truncate data-testid="shop-name">
              {user.shop.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Anchor component={Link} to="/admin/account" size="sm" c="inherit" visibleFrom="md" truncate
              title={t('nav.account')} data-testid="user-name">
              {user.name}
            </Anchor>
            <LanguageSwitcher />
            <Button variant="default" size="xs" onClick={() => void onLogout()}>
              {t('nav.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <Stack gap={4}>
          <Text size="xs" c="dimmed" hiddenFrom="xs" px="sm">
            {user.shop.name}
          </Text>
          {links
            .filter((l) => l.show)
            .map((l) => (
              <NavLink
                key={l.to}
                component={Link}
                to={l.to}
                label={l.label}
                active={location.pathname === l.to || location.pathname.startsWith(`${l.to}/`)}
                onClick={close}
              />
            ))}
          <Stack gap={2} mt="lg" px="sm" data-testid="nav-login-address">
            <Group gap={4} justify="space-between" wrap="nowrap">
              <Text size="xs" c="dimmed">
                {t('loginAddress.short')}
              </Text>
              <CopyButton value={loginAddress(user.shop.slug)} timeout={2000}>
                {({ copied, copy }) => (
                  <Button size="compact-xs" variant="subtle" onClick={copy} style={{ flexShrink: 0 }}
                    aria-label={`${t('common.copy')}: ${loginAddress(user.shop.slug)}`} data-testid="nav-login-address-copy">
                    {copied ? t('common.copied') : t('common.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            {/* the path in full on its own line, wrapping after "/", "?", "=", "-" or "." rather than mid-word */}
            <Text size="xs" ff="monospace" style={BREAKABLE_URL_STYLE} title={loginAddress(user.shop.slug)}
              data-testid="nav-login-address-text">
              <BreakableUrl url={`/login?shop=${user.shop.slug}`} />
            </Text>
          </Stack>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <EmailVerificationBanner />
        <StepUpProvider>
          {/* a page of the admin area loads the first time it is opened: wait inside the layout */}
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </StepUpProvider>
      </AppShell.Main>
    </AppShell>
  );
}
