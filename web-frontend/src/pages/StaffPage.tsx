import { useState, type FormEvent } from 'react';
import { Button, Card, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { LoginAddress } from '../components/LoginAddress';
import { useTranslation } from 'react-i18next';
import type { CreatedInvitation } from '../api';
import { useApi } from '../app/ApiContext';
import { useUser } from '../app/SessionContext';
import { CopyLink } from '../components/CopyLink';
import { ErrorAlert, serverFieldErrors } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { useLoad } from '../components/useLoad';
import { formatDateTime } from '../format';
import { isEmail } from '../validation';
import { absoluteUrl } from './NewCustomerModal';

/** `/admin/staff` (OWNER): staff list and invitations of agents. */
export function StaffPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const user = useUser();
  const shop = user.shop;
  const staff = useLoad(() => api.shops.staff(shop.id), [api, shop.id]);
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [invited, setInvited] = useState<CreatedInvitation>();
  const server = serverFieldErrors(error);

  async function onInvite(e: FormEvent) {
    e.preventDefault();
    if (!isEmail(email)) {
      setEmailError(t('validation.email'));
      return;
    }
    setEmailError(undefined);
    setBusy(true);
    setError(undefined);
    setInvited(undefined);
    try {
      const inv = await api.shops.invite(shop.id, { email: email.trim(), role: 'AGENT' });
      setInvited(inv);
      setEmail('');
      void staff.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('staff.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <LoginAddress slug={shop.slug} />
        <LoginAddress slug={shop.slug} portal />
      </SimpleGrid>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('staff.members')}
        </Title>
        <ErrorAlert error={staff.error} />
        {staff.data ? (
          <Table.ScrollContainer minWidth={480}>
            <Table striped data-testid="staff-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('staff.name')}</Table.Th>
                  <Table.Th>{t('staff.email')}</Table.Th>
                  <Table.Th>{t('staff.role')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {staff.data.items.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>{m.name}</Table.Td>
                    <Table.Td>{m.email}</Table.Td>
                    <Table.Td>{t(`role.${m.role}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          !staff.error && <Loading />
        )}
      </Card>

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('staff.invitations')}
        </Title>
        {staff.data && staff.data.invitations.length === 0 && <Text c="dimmed">{t('staff.noInvitations')}</Text>}
        {staff.data && staff.data.invitations.length > 0 && (
          <Table.ScrollContainer minWidth={480}>
            <Table striped data-testid="invitations-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('staff.email')}</Table.Th>
                  <Table.Th>{t('staff.role')}</Table.Th>
                  <Table.Th>{t('staff.expiresAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {staff.data.invitations.map((inv) => (
                  <Table.Tr key={inv.id}>
                    <Table.Td>{inv.email}</Table.Td>
                    <Table.Td>{t(`role.${inv.role}`)}</Table.Td>
                    <Table.Td>{formatDateTime(inv.expiresAt, shop.timeZone, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <form onSubmit={onInvite} noValidate>
          <Stack mt="md">
            <ErrorAlert error={error} handledFields={['email', 'role']} />
            <Group align="flex-end">
              <TextInput
                label={t('staff.inviteEmail')}
                type="email"
                value={email}
                onChange={(e) => {
                  setEmail(e.currentTarget.value);
                  setEmailError(undefined);
                }}
                error={emailError ?? server.email ?? server.role}
                maxLength={254}
                autoComplete="off"
                style={{ flex: 1, minWidth: 220 }}
              />
              <Button type="submit" loading={busy}>
                {t('staff.invite')}
              </Button>
            </Group>
            {invited && (
              <CopyLink
                url={absoluteUrl(invited.acceptPath)}
                label={t('staff.inviteLink', { email: invited.email })}
                testId="invite-link"
              />
            )}
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
