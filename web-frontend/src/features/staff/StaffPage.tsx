import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { LoginAddress } from '../../components/LoginAddress';
import { useTranslation } from 'react-i18next';
import { isApiError, type CreatedInvitation, type PendingInvitation, type StaffMember } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ConfirmModal, useConfirm } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { useForm } from '../../components/useForm';
import { useLoad } from '../../components/useLoad';
import { formatDateTime } from '../../format';
import { isEmail } from '../../validation';
import { useStepUp } from '../security/StepUp';

/** `/admin/staff` (OWNER only, see the route guard): staff list, and inviting agents or revoking open invitations. */
export function StaffPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const user = useUser();
  const shop = user.shop;
  const staff = useLoad(() => api.shops.staff(shop.id), [api, shop.id]);
  const form = useForm({ email: '' });
  const [invited, setInvited] = useState<CreatedInvitation>();
  const revoke = useConfirm<PendingInvitation>();
  const [revoked, setRevoked] = useState<{ email: string; gone: boolean }>();
  const deactivate = useConfirm<StaffMember>();
  const remove = useConfirm<StaffMember>();
  const resetSecondFactor = useConfirm<StaffMember>();
  // taking away a second factor may need the owner's own code again
  const stepUp = useStepUp();
  const [access, setAccess] = useState<{
    key: 'deactivated' | 'reactivated' | 'removed' | 'secondFactorReset';
    email: string;
  }>();
  const [accessError, setAccessError] = useState<unknown>();

  /** Off-boarding: every change ends in the list as the server has it now. */
  async function changeAccess(m: StaffMember, change: 'deactivate' | 'reactivate' | 'remove') {
    setAccess(undefined);
    setAccessError(undefined);
    try {
      if (change === 'remove') await api.shops.removeStaff(shop.id, m.id);
      else await api.shops.setStaffActive(shop.id, m.id, change === 'reactivate');
      setAccess({ key: change === 'remove' ? 'removed' : change === 'reactivate' ? 'reactivated' : 'deactivated', email: m.email });
    } catch (err) {
      setAccessError(err);
    }
    void staff.reload();
  }

  /** The person lost phone and recovery codes: their second factor goes, they set it up anew (errors in the dialog). */
  async function onResetSecondFactor(m: StaffMember) {
    setAccess(undefined);
    await stepUp(() => api.shops.resetStaffSecondFactor(shop.id, m.id));
    setAccess({ key: 'secondFactorReset', email: m.email });
  }

  async function onInvite(e: FormEvent) {
    e.preventDefault();
    const email = form.values.email;
    if (!form.check(isEmail(email) ? {} : { email: t('validation.email') })) return;
    await form.submit(async () => {
      setInvited(undefined);
      const inv = await api.shops.invite(shop.id, { email: email.trim(), role: 'AGENT' });
      setInvited(inv);
      form.setValues({ email: '' });
      void staff.reload();
    });
  }

  async function onRevoke(inv: PendingInvitation) {
    setRevoked(undefined);
    try {
      await api.shops.revokeInvitation(shop.id, inv.id);
    } catch (err) {
      if (!isApiError(err) || err.code !== 'not-found') throw err;
      // accepted, revoked elsewhere or expired meanwhile: say so and show the list as it is now
      setRevoked({ email: inv.email, gone: true });
      void staff.reload();
      return;
    }
    setRevoked({ email: inv.email, gone: false });
    if (staff.data) staff.setData({ ...staff.data, invitations: staff.data.invitations.filter((i) => i.id !== inv.id) });
    if (invited?.id === inv.id) setInvited(undefined);
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
        <ErrorAlert error={accessError} />
        {access && (
          <Alert color="teal" withCloseButton onClose={() => setAccess(undefined)} mb="sm" data-testid="staff-access-changed">
            {t(`staff.${access.key}`, { email: access.email })}
          </Alert>
        )}
        {staff.data ? (
          <ResponsiveTable
            rows={staff.data.items}
            rowKey={(m) => m.id}
            rowProps={() => ({ 'data-testid': 'staff-row' })}
            testId="staff-table"
            minWidth={480}
            tableProps={{ striped: true }}
            columns={[
              {
                key: 'name',
                header: t('staff.name'),
                card: 'title',
                cell: (m) => (
                  <>
                    {m.name}
                    {m.id === user.id && (
                      <Text span c="dimmed" size="sm" fw={400}>
                        {' '}({t('staff.you')})
                      </Text>
                    )}
                  </>
                ),
              },
              { key: 'email', header: t('staff.email'), cell: (m) => m.email },
              { key: 'role', header: t('staff.role'), cell: (m) => t(`role.${m.role}`) },
              {
                key: 'status',
                header: t('staff.status'),
                cell: (m) => (
                  <Group gap={4} wrap="nowrap">
                    <Badge color={m.active ? 'teal' : 'gray'} variant="light" data-testid="staff-status">
                      {t(m.active ? 'staff.active' : 'staff.inactive')}
                    </Badge>
                    {m.secondFactor && (
                      <Badge color="blue" variant="light" data-testid="staff-second-factor">
                        {t('staff.secondFactorOn')}
                      </Badge>
                    )}
                  </Group>
                ),
              },
              {
                key: 'actions',
                header: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
                card: 'actions',
                cell: (m) =>
                  m.id !== user.id &&
                  m.role !== 'OWNER' && (
                    <>
                      {m.active ? (
                        <Button size="xs" variant="light" color="orange" onClick={() => deactivate.open(m)}
                          aria-label={t('staff.deactivateNamed', { email: m.email })} data-testid="staff-deactivate">
                          {t('staff.deactivate')}
                        </Button>
                      ) : (
                        <Button size="xs" variant="light" onClick={() => void changeAccess(m, 'reactivate')}
                          aria-label={t('staff.reactivateNamed', { email: m.email })} data-testid="staff-reactivate">
                          {t('staff.reactivate')}
                        </Button>
                      )}
                      {m.secondFactor && (
                        <Button size="xs" variant="light" color="gray" onClick={() => resetSecondFactor.open(m)}
                          aria-label={t('staff.resetSecondFactorNamed', { email: m.email })} data-testid="staff-reset-second-factor">
                          {t('staff.resetSecondFactor')}
                        </Button>
                      )}
                      <Button size="xs" variant="light" color="red" onClick={() => remove.open(m)}
                        aria-label={t('staff.removeNamed', { email: m.email })} data-testid="staff-remove">
                        {t('staff.remove')}
                      </Button>
                    </>
                  ),
              },
            ]}
          />
        ) : (
          !staff.error && <Loading />
        )}
      </Card>

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('staff.invitations')}
        </Title>
        {revoked && (
          <Alert
            color={revoked.gone ? 'orange' : 'teal'}
            withCloseButton
            onClose={() => setRevoked(undefined)}
            mb="sm"
            data-testid={revoked.gone ? 'invitation-gone' : 'invitation-revoked'}
          >
            {t(revoked.gone ? 'staff.revokeGone' : 'staff.revoked', { email: revoked.email })}
          </Alert>
        )}
        {staff.data && staff.data.invitations.length === 0 && <Text c="dimmed">{t('staff.noInvitations')}</Text>}
        {staff.data && staff.data.invitations.length > 0 && (
          <ResponsiveTable
            rows={staff.data.invitations}
            rowKey={(inv) => inv.id}
            rowProps={() => ({ 'data-testid': 'invitation-row' })}
            testId="invitations-table"
            minWidth={480}
            tableProps={{ striped: true }}
            columns={[
              { key: 'email', header: t('staff.email'), card: 'title', cell: (inv) => inv.email },
              { key: 'role', header: t('staff.role'), cell: (inv) => t(`role.${inv.role}`) },
              { key: 'expires', header: t('staff.expiresAt'), cell: (inv) => formatDateTime(inv.expiresAt, shop.timeZone, i18n.language) },
              {
                key: 'actions',
                header: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
                card: 'actions',
                cell: (inv) => (
                  <Button
                    size="xs"
                    color="red"
                    variant="light"
                    onClick={() => revoke.open(inv)}
                    aria-label={t('staff.revokeNamed', { email: inv.email })}
                    data-testid="invitation-revoke"
                  >
                    {t('staff.revoke')}
                  </Button>
                ),
              },
            ]}
          />
        )}
        <form onSubmit={onInvite} noValidate>
          <Stack mt="md">
            <ErrorAlert error={form.error} handledFields={['email', 'role']} />
            <Group align="flex-end">
              <TextInput
                label={t('staff.inviteEmail')}
                type="email"
                value={form.values.email}
                onChange={(e) => form.update('email', e.currentTarget.value)}
                error={form.errorFor('email') ?? form.server.role}
                maxLength={254}
                autoComplete="off"
                style={{ flex: 1, minWidth: 220 }}
              />
              <Button type="submit" loading={form.busy}>
                {t('staff.invite')}
              </Button>
            </Group>
            {invited && (
              <Alert color="teal" withCloseButton onClose={() => setInvited(undefined)} data-testid="invitation-mailed">
                {t('staff.inviteMailed', {
                  email: invited.email,
                  expiresAt: formatDateTime(invited.expiresAt, shop.timeZone, i18n.language),
                })}
                {!user.shopVerified && (
                  <Text size="sm" mt={4} data-testid="invitation-held">
                    {t('newCustomer.heldUntilVerified')}
                  </Text>
                )}
              </Alert>
            )}
          </Stack>
        </form>
      </Card>
      <ConfirmModal
        confirm={deactivate}
        title={t('staff.deactivateTitle')}
        message={(m) => t('staff.deactivateConfirm', { email: m.email })}
        confirmLabel={t('staff.deactivate')}
        confirmTestId="staff-deactivate-confirm"
        onConfirm={(m) => changeAccess(m, 'deactivate')}
      />
      <ConfirmModal
        confirm={remove}
        title={t('staff.removeTitle')}
        message={(m) => t('staff.removeConfirm', { email: m.email })}
        confirmLabel={t('staff.remove')}
        confirmTestId="staff-remove-confirm"
        onConfirm={(m) => changeAccess(m, 'remove')}
      />
      <ConfirmModal
        confirm={resetSecondFactor}
        title={t('staff.resetSecondFactorTitle')}
        message={(m) => t('staff.resetSecondFactorConfirm', { email: m.email })}
        confirmLabel={t('staff.resetSecondFactor')}
        confirmTestId="staff-reset-second-factor-confirm"
        onConfirm={onResetSecondFactor}
      />
      <ConfirmModal
        confirm={revoke}
        title={t('staff.revokeTitle')}
        message={(inv) => t('staff.revokeConfirm', { email: inv.email })}
        confirmLabel={t('staff.revoke')}
        confirmTestId="invitation-revoke-confirm"
        onConfirm={onRevoke}
      />
    </Stack>
  );
}
