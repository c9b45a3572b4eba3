import { useState } from 'react';
import { Alert, Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LedgerCheckReport } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatPoints } from '../../format';

/** OWNER: compares each stored balance with the sum of the customer's ledger entries. */
export function LedgerCheck() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const shop = useUser().shop;
  const [report, setReport] = useState<LedgerCheckReport>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const lang = i18n.language;
  const triple = (available: number, pending: number, owed: number) =>
    [available, pending, owed].map((p) => formatPoints(p, lang)).join(' / ');

  async function run() {
    setBusy(true);
    setError(undefined);
    try {
      setReport(await api.shops.ledgerCheck(shop.id));
    } catch (e) {
      setError(e);
      setReport(undefined);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('ledgerCheck.title')}
      </Title>
      <Text mb="md">{t('ledgerCheck.intro')}</Text>
      <Stack>
        <Group>
          <Button variant="light" onClick={() => void run()} loading={busy} data-testid="ledger-check">
            {t('ledgerCheck.run')}
          </Button>
        </Group>
        <ErrorAlert error={error} />
        {report && (
          <div data-testid="ledger-check-result" data-consistent={report.consistent}>
            {report.consistent ? (
              <Alert color="teal" title={t('ledgerCheck.consistentTitle')}>
                {t('ledgerCheck.consistent', { count: report.accounts })}
              </Alert>
            ) : (
              <Stack>
                <Alert color="red" title={t('ledgerCheck.inconsistentTitle')} role="alert">
                  {t('ledgerCheck.inconsistent', { count: report.accounts, differences: report.differences.length })}
                </Alert>
                <Table.ScrollContainer minWidth={520}>
                  <Table striped data-testid="ledger-differences">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('ledgerCheck.customer')}</Table.Th>
                        <Table.Th ta="right">{t('ledgerCheck.stored')}</Table.Th>
                        <Table.Th ta="right">{t('ledgerCheck.entries')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {report.differences.map((d) => (
                        <Table.Tr key={d.customerId} data-testid="ledger-difference">
                          <Table.Td>
                            <Anchor component={Link} to={`/admin/customers/${d.customerId}`} ff="monospace" size="sm">
                              {d.customerId}
                            </Anchor>
                          </Table.Td>
                          <Table.Td ta="right">{triple(d.storedAvailable, d.storedPending, d.storedOwed)}</Table.Td>
                          <Table.Td ta="right">{triple(d.entriesAvailable, d.entriesPending, d.entriesOwed)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Stack>
            )}
            <Text size="xs" c="dimmed" mt="xs">
              {t('ledgerCheck.checkedAt', { date: formatDateTime(report.checkedAt, shop.timeZone, lang) })}
            </Text>
          </div>
        )}
      </Stack>
    </Card>
  );
}
